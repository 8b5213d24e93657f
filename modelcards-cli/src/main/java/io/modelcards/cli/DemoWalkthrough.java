package io.modelcards.cli;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The second half of the demo: takes the card it wrote through a registry (embedded H2 under {@code DIR/registry}) the
 * way a team would, by running the real commands against a real server on a free loopback port: ada (author) pushes and
 * submits, rui (reviewer) comments and requests a change, ada fixes the draft and pushes again, mei (reviewer) approves,
 * ada publishes, the deployment gate passes, and the published card is exported. Each command is printed before its
 * output, so the transcript shows what to type.
 */
final class DemoWalkthrough {
    private static final Pattern TOKEN = Pattern.compile("(?m)^(mc_[A-Za-z0-9_-]+)$");
    private static final String MODEL = "tribuo-crescents-logreg";
    private static final String FIX = "/uses/out_of_scope_use=Any real decision, about people or otherwise. The model has "
            + "seen only two-dimensional synthetic points; on any other data its predictions mean nothing. Do not retrain "
            + "it on real data under this card: a model trained on other data needs its own card and its own review.";

    /** The time the author's fix records in a reproducible run, so that the published card's bytes repeat. */
    private static final String FIXED_TIME = "2026-01-01T00:00:00Z";

    private final Path dir;
    private final boolean reproducible;
    private final Path home;
    private final PrintWriter out;
    private String url;

    private DemoWalkthrough(Path dir, boolean reproducible, PrintWriter out) {
        this.dir = dir;
        this.reproducible = reproducible;
        this.home = dir.resolve("registry");
        this.out = out;
    }

    /** Walks the card in {@code dir/README.md} through the registry under {@code dir/registry}, printing to {@code out}. */
    static void run(Path dir, boolean reproducible, PrintWriter out) {
        new DemoWalkthrough(dir, reproducible, out).walk();
    }

    private void walk() {
        fresh();
        try (RegistryServer server = RegistryServer.start(ServerConfig.defaults(home))) {
            url = server.url();
            out.println();
            out.println("modelcards demo: taking the card through a registry (embedded database in " + home + ", server " + url + ")");
            Path admin = home.resolve("admin-token");
            Path ada = user(admin, "ada", "author");
            Path rui = user(admin, "rui", "reviewer");
            Path mei = user(admin, "mei", "reviewer");
            String version = "1.0.0";
            Path draft = home.resolve("drafts").resolve(version).resolve("README.md");
            copy(dir.resolve("README.md"), draft);
            run(ada, "push", draft.toString(), "--model", MODEL, "--version", version);
            run(ada, "submit", MODEL, version);
            run(rui, "comment", MODEL, version, "--field", "/uses/out_of_scope_use",
                    "--text", "Say that the model must not be retrained on real data under this card.");
            run(rui, "request-changes", MODEL, version, "--comment", "Out-of-scope uses: see my comment on that field.");
            if (reproducible) {
                local("set", draft.toString(), FIX, "--by", "ada", "--at", FIXED_TIME);
            } else {
                local("set", draft.toString(), FIX, "--by", "ada");
            }
            run(ada, "push", draft.toString(), "--model", MODEL, "--version", version);
            run(ada, "submit", MODEL, version);
            run(mei, "approve", MODEL, version, "--comment", "Uses and limits are clear; the evaluation has intervals.");
            run(ada, "publish", MODEL, version);
            run(ada, "gate", MODEL, version, "--require", "published");
            run(ada, "export", MODEL, version, "-o", dir.resolve("published").toString());
            run(ada, "audit", "verify");
        }
        out.println();
        out.println("open it: modelcards serve --home " + home + " --port 8080");
        out.println("then:    modelcards show " + MODEL + " latest-published --server http://127.0.0.1:8080 --token-file "
                + home.resolve("tokens").resolve("ada"));
        out.flush();
    }

    /** The user's token file, adding the user through the API the first time. */
    private Path user(Path admin, String name, String role) {
        Path file = home.resolve("tokens").resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        String printed = quietly(admin, "users", "add", name, "--role", role);
        Matcher m = TOKEN.matcher(printed);
        if (!m.find()) {
            throw new IllegalStateException("users add printed no token");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, m.group(1) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("$ modelcards users add " + name + " --role " + role + "   # as the first admin");
        out.println("added user " + name + " (" + role + "); token saved to " + file + " (readable only by you)");
        return file;
    }

    /**
     * Removes the registry a previous demo run left in this folder, so that each run walks a fresh one; a folder of that
     * name that is not a registry is refused rather than deleted.
     */
    private void fresh() {
        if (!Files.exists(home)) {
            return;
        }
        if (!Files.exists(home.resolve("registry.mv.db"))) {
            throw CliFailure.invalid(Diagnostic.error(home.toString(), 0, 0, "demo/not-a-registry", "the demo keeps its "
                    + "registry here, but this folder is not one: move it away, or pass --no-registry"));
        }
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a registry command as the holder of {@code token} and prints it, marked with whose token it used (the
     * server and token options are left out of the printed line), then its output.
     */
    private String run(Path token, String... args) {
        out.println("$ modelcards " + String.join(" ", quoted(args)) + "   # as " + token.getFileName());
        return echo(execute(withServer(token, args)));
    }

    /** Runs a registry command as the holder of {@code token}, printing nothing unless it fails. */
    private String quietly(Path token, String... args) {
        String[] r = execute(withServer(token, args));
        return r[0];
    }

    /** Runs a local command, printing it and its output. */
    private String local(String... args) {
        out.println("$ modelcards " + String.join(" ", quoted(args)));
        return echo(execute(args));
    }

    private String[] withServer(Path token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", url, "--token-file", token.toString()));
        return all.toArray(String[]::new);
    }

    private String echo(String[] outputs) {
        out.print(outputs[0]);
        out.print(outputs[1]);
        out.flush();
        return outputs[0];
    }

    /** Runs the command in this JVM; a failure ends the demo with the command's own diagnostics and exit code. */
    private String[] execute(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        if (code != ExitCode.OK) {
            out.print(o);
            out.print(e);
            out.flush();
            throw new CliFailure(code, List.of());
        }
        return new String[] {o.toString(), e.toString()};
    }

    private static List<String> quoted(String[] args) {
        List<String> q = new ArrayList<>();
        for (String a : args) {
            q.add(a.matches("[A-Za-z0-9_./:=@-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return q;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            Path parent = from.getParent();
            for (String attachment : List.of("training_curve.svg")) {
                if (parent != null && Files.exists(parent.resolve(attachment))) {
                    Files.copy(parent.resolve(attachment), to.resolveSibling(attachment), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
