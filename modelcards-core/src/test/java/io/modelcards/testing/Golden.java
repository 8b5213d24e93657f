package io.modelcards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compares an output with its golden file, byte for byte as UTF-8 text; with {@code -Dgolden.update=true} (the one
 * update switch of every module) it rewrites the file instead, for a person to review the diff before committing. A
 * missing golden file fails, and the message names the command that creates it.
 */
public final class Golden {
    /** The system property that rewrites golden files instead of comparing them. */
    public static final String UPDATE = "golden.update";

    private static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

    private Golden() {}

    /**
     * Checks {@code actual} against the golden file {@code src/test/resources/<resource>} of the module under test
     * (Maven runs tests in the module's directory).
     */
    public static void assertMatches(String resource, String actual) {
        assertMatches(TEST_RESOURCES.resolve(resource), actual);
    }

    /** Checks {@code actual} against the golden file at {@code golden}, relative to the module's directory or absolute. */
    public static void assertMatches(Path golden, String actual) {
        check(golden, actual, Boolean.getBoolean(UPDATE), updateCommand());
    }

    /** The check itself, with the switch and the command to print passed in so that it can be tested. */
    static void check(Path golden, String actual, boolean update, String command) {
        try {
            if (update) {
                if (golden.getParent() != null) {
                    Files.createDirectories(golden.getParent());
                }
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden file %s is missing: create it with `%s` and review it before committing",
                    golden, command).exists();
            assertThat(actual).as("output differs from golden file %s; if the change is intended, rewrite it with `%s` "
                    + "and review the diff", golden, command).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build command that reruns the calling test class in its module with the update switch on. */
    static String updateCommand() {
        String module = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getFileName().toString();
        String tests = testClass().map(c -> " -Dtest=" + c + " -Dsurefire.failIfNoSpecifiedTests=false").orElse("");
        return "./mvnw -B -pl " + module + " -am verify" + tests + " -D" + UPDATE + "=true";
    }

    /** The simple name of the nearest test class on the stack (a lambda's frame belongs to the class that holds it). */
    private static Optional<String> testClass() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                .filter(name -> name.endsWith("Test")).findFirst());
    }
}
