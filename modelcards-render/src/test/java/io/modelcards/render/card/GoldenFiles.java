package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares outputs with the golden files in src/test/resources/golden; with {@code -Dgolden.update=true} rewrites
 * them instead (see the README there). A missing golden file is a failure unless updating.
 */
final class GoldenFiles {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {}

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
            assertThat(actual).as("output differs from golden file %s; if the change is intended, rerun with -Dgolden.update=true and review the diff", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
