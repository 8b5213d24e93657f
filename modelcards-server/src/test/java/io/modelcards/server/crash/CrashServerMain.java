package io.modelcards.server.crash;

import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import java.nio.file.Path;

/**
 * The child JVM of the crash test: starts a registry server on a home folder (and, when given, a JDBC URL) on a free
 * loopback port, prints {@code URL <base url>} on one line, and serves until the process is killed.
 */
public final class CrashServerMain {
    /** The line prefix the parent waits for. */
    static final String URL_LINE = "URL ";

    private CrashServerMain() {
    }

    /**
     * Serves the registry under {@code args[0]} (on the database {@code args[1]} when present) until killed.
     *
     * @param args the home folder, then an optional JDBC URL
     * @throws InterruptedException never in practice: the main thread waits until the process dies
     */
    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults(Path.of(args[0])).withJdbcUrl(args.length > 1 ? args[1] : null);
        RegistryServer server = RegistryServer.start(config);
        System.out.println(URL_LINE + server.url());
        System.out.flush();
        // The parent ends this process with SIGKILL (the crash) or SIGTERM (a clean stop); nothing here closes it.
        Thread.currentThread().join();
    }
}
