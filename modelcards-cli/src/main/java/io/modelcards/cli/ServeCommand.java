package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.db.DatabaseException;
import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards serve}: runs the registry's server (REST API under {@code /api/v1}) until stopped. It binds the
 * loopback address unless told otherwise, prints the URL it listens on, and on the first start of an empty registry
 * writes an admin token to a file only its owner can read, printing the file's path and never the token.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a model-card registry server: the REST API under /api/v1 (described at /openapi.json).",
                "Listens on 127.0.0.1 unless --host says otherwise. On the first start of an empty registry, an admin token "
                        + "is written to HOME/admin-token (readable only by you); use it to add users. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    /** Servers started in this JVM and still running; tests stop them with {@link #stopAll()}. */
    private static final Set<CountDownLatch> RUNNING = ConcurrentHashMap.newKeySet();
    /** The system property that sets SLF4J's simple provider's level. */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryHome store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The approval policy (YAML or JSON): approvals, review roles, what a high-risk card needs.")
    Path policy;

    @Option(names = "--anonymous-read", description = "Let callers without a token read published and deprecated cards.")
    boolean anonymousRead;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Override
    public Integer call() throws InterruptedException {
        logWarnings();
        if (port < 0 || port > 65_535) {
            throw CliFailure.usage("--port", "usage/port", "--port is from 0 to 65535, not " + port);
        }
        if (maxBody < 1024) {
            throw CliFailure.usage("--max-body-bytes", "usage/max-body", "--max-body-bytes is at least 1024, not " + maxBody);
        }
        if (policy != null) {
            InputFiles.read(policy, policy.toString());
        }
        ServerConfig config = new ServerConfig(host, port, store.home(), store.jdbcUrl(), policy, anonymousRead, maxBody);
        RegistryServer server = start(config);
        PrintWriter out = spec.commandLine().getOut();
        out.println("modelcards registry listening on " + server.url() + " (API " + server.url() + "/api/v1, "
                + server.url() + "/openapi.json)");
        server.adminTokenFile().ifPresent(f -> out.println("first start: the admin token is in " + f + " (readable only by you); "
                + "add users with: modelcards users add NAME --role author --server " + server.url() + " --token-file " + f));
        out.println("stop with Ctrl+C");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        RUNNING.add(stopped);
        Thread hook = new Thread(stopped::countDown, "modelcards-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } finally {
            RUNNING.remove(stopped);
            server.close();
            removeHook(hook);
        }
        return ExitCode.OK;
    }

    private RegistryServer start(ServerConfig config) {
        try {
            return RegistryServer.start(config);
        } catch (DatabaseException e) {
            throw store.failure(e);
        } catch (RuntimeException e) {
            // Failing to bind is the usual cause: the port is taken or the address is not this machine's.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new CliFailure(ExitCode.INTERNAL, List.of(Diagnostic.error(config.host() + ":" + config.port(), 0, 0,
                    "serve/cannot-start", "cannot start the server: " + why + "; choose another --port (0 picks a free one)")));
        }
    }

    /**
     * Turns the server's logging on at warnings and errors, to stderr (simplelogger.properties keeps every other command
     * quiet), unless the operator chose a level with -Dorg.slf4j.simpleLogger.defaultLogLevel. It must run before
     * anything logs: SLF4J reads the level once.
     */
    private static void logWarnings() {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run, which is how we got here.
        }
    }

    /** Stops every server this JVM's serve commands started; their commands then return. */
    static void stopAll() {
        RUNNING.forEach(CountDownLatch::countDown);
    }
}
