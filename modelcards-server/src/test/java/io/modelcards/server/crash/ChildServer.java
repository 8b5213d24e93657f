package io.modelcards.server.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A registry server running in a child JVM started from the test classpath, which the test can kill at any moment. */
final class ChildServer {
    private static final long START_TIMEOUT_MS = 60_000;

    private final Process process;
    private final String url;

    private ChildServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@link CrashServerMain} on {@code home} (and {@code jdbcUrl}, or the embedded H2 file when null). */
    static ChildServer start(Path home, String jdbcUrl, Path logDir, int round) {
        String name = "round-" + round;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start fast and stay small: the machine is shared, and startup is most of a round's time.
                // (A class-data archive would halve it, but the JVM writes none while classes come from directories.)
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashServerMain.class.getName(), home.toString()));
        if (jdbcUrl != null) {
            command.add(jdbcUrl);
        }
        Path out = logDir.resolve(name + ".out");
        Path err = logDir.resolve(name + ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new ChildServer(p, awaitUrl(p, out, err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child server", e);
        }
    }

    private static String awaitUrl(Process p, Path out, Path err) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.startsWith(CrashServerMain.URL_LINE)) {
                    return line.substring(CrashServerMain.URL_LINE.length()).strip();
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the child server exited with " + p.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            sleep(20);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the child server printed no URL within " + START_TIMEOUT_MS + " ms: "
                + Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The server's base URL. */
    String url() {
        return url;
    }

    /** Kills the child with SIGKILL (what {@link Process#destroyForcibly()} sends on Linux) and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        await();
    }

    /** Stops the child with SIGTERM and waits until it is gone. */
    void stop() {
        process.destroy();
        await();
    }

    private void await() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child server", e);
        }
    }
}
