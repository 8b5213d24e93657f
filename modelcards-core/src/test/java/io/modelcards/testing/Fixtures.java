package io.modelcards.testing;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared test fixtures, read from the classpath as UTF-8 without any line-ending change: the example cards under
 * {@code cards/} (by name without {@code .json}), the Hugging Face README corpora under {@code readme/}, the secret
 * corpus, and any other test resource by its name from the classpath root.
 */
public final class Fixtures {
    /** The fake secrets every redaction check runs: {@code shape <TAB> secret <TAB> the part that must never appear}. */
    public static final String SECRET_CORPUS = "secrets/secret-corpus.tsv";

    private Fixtures() {}

    /** The example card {@code cards/<name>.json}, read under its file name; a card that does not read fails the test. */
    public static ModelCard card(String name) {
        try {
            return CardCodec.fromJson(text("cards/" + name + ".json"), name + ".json");
        } catch (Exception e) {
            throw new AssertionError("fixture " + name + " does not load: " + e.getMessage(), e);
        }
    }

    /** The names of every example card under {@code cards/}, sorted. */
    public static List<String> cardNames() {
        return list("cards", ".json").stream().map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.length() - ".json".length())).toList();
    }

    /** The text of the README fixture {@code readme/<relative>}, for example {@code readme("roundtrip/big-ints.md")}. */
    public static String readme(String relative) {
        return text("readme/" + relative);
    }

    /** The README fixtures in {@code readme/<dir>} whose names end with {@code suffix}, sorted by name. */
    public static List<Path> readmes(String dir, String suffix) {
        return list("readme/" + dir, suffix);
    }

    /** The text of a fixture file found by one of these methods. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of any test resource, named from the classpath root (for example {@link #SECRET_CORPUS}). */
    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** The bytes of any test resource, named from the classpath root. */
    public static byte[] bytes(String resource) {
        try (InputStream in = stream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource, named from the classpath root, opened for reading; the caller closes it. */
    public static InputStream stream(String resource) {
        try {
            return ClasspathFiles.url(resource).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A test resource as a file on disk, for code that takes a file name such as a command's argument. Within a
     * module's own build it is the resource itself; from another module's test-jar it is a copy that keeps the name.
     */
    public static Path path(String resource) {
        return ClasspathFiles.onDisk(resource, ClasspathFiles.url(resource));
    }

    /** The files of a resource directory whose names end with {@code suffix}, sorted by name. */
    public static List<Path> list(String dir, String suffix) {
        try (Stream<Path> s = Files.list(ClasspathFiles.locate(ClasspathFiles.url(dir)))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
