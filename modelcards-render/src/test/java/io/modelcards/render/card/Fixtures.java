package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example cards under src/test/resources/cards, by file name without ".json". */
final class Fixtures {
    private Fixtures() {}

    static List<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelCard card(String name) {
        try {
            return CardCodec.fromJson(Files.readString(dir().resolve(name + ".json"), StandardCharsets.UTF_8), name + ".json");
        } catch (Exception e) {
            throw new AssertionError("fixture " + name + " does not load: " + e.getMessage(), e);
        }
    }

    private static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/cards").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
