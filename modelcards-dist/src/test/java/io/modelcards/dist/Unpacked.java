package io.modelcards.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The distribution archive this build packaged, and the folder it was unpacked into once for all tests. */
final class Unpacked {
    private static Path home;

    private Unpacked() {}

    /** Returns the packaged archive, as the build names it ({@code modelcards-<version>-linux-x86_64.tar.gz}). */
    static Path archive() {
        return Path.of(System.getProperty("modelcards.dist.archive"));
    }

    /** Returns the unpacked distribution's top folder, unpacking the archive into a new empty folder on first use. */
    static synchronized Path home() throws IOException, InterruptedException {
        if (home == null) {
            // An empty folder under target/, emptied first, so that nothing of an earlier run is found by accident.
            Path into = Path.of(System.getProperty("modelcards.dist.unpack"));
            if (Files.exists(into)) {
                try (Stream<Path> old = Files.walk(into)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(into);
            // The system tar, as a user would unpack it: file modes (the launcher's execute bit) come from the archive.
            run(into, List.of("tar", "-xzf", archive().toString()), null);
            home = into.resolve(System.getProperty("modelcards.dist.name"));
        }
        return home;
    }

    /** Returns the jars in the distribution's {@code lib/} folder. */
    static List<Path> jars() throws IOException, InterruptedException {
        try (Stream<Path> files = Files.list(home().resolve("lib"))) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Runs a command in {@code dir} with {@code path} as the whole PATH (when not null) and returns its output. */
    static Result run(Path dir, List<String> command, String path) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (path != null) {
            builder.environment().clear();
            builder.environment().put("PATH", path);
            builder.environment().put("HOME", dir.toString());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A finished command's exit code and its standard output and error, interleaved. */
    record Result(int exitCode, String output) {}
}
