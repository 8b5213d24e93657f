package io.modelcards.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository that are not test resources, such as the shipped example projects under {@code examples/}
 * or the published schema under {@code schema/}. The root is the nearest directory, from the module's directory up,
 * that holds {@code mvnw}; a test never climbs out of its module with {@code ../}.
 */
public final class SourceTree {
    private SourceTree() {}

    /** The repository's root directory, as an absolute path. */
    public static Path root() {
        Path start = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory holding mvnw above " + start + ": run the tests from the repository");
    }

    /** A file of the repository by its path from the root, for example {@code examples/sentiment-classifier/README.md}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
