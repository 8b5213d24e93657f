package io.modelcards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a short Python 3 script for differential tests (PyYAML, the huggingface_hub reading rules) and returns its output. */
public final class Python {
    private Python() {}

    /** The standard output of {@code python3 -c script args…}; the test fails with the script's output if it exits non-zero. */
    public static String run(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
        cmd.addAll(List.of(args));
        return exec(cmd);
    }

    /** The standard output of a command; the test fails with its output if it exits non-zero. */
    public static String exec(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("%s failed:%n%s", cmd.get(0), out).isZero();
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whether {@code program} can be started (for tests of optional tools such as yq). */
    public static boolean present(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
