package io.modelcards.diff;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardReader;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The pairs of cards under {@code src/test/resources/diff/}: an old and a new version of one model each. */
final class DiffFixtures {
    static final Path ROOT = Path.of("src", "test", "resources", "diff");

    /** The pairs by folder name: a retrained classifier, profiled datasets that shifted, and two Hub READMEs. */
    static final List<String> PAIRS = List.of("retrained", "profiles", "readme");

    private DiffFixtures() {}

    static ModelCard old(String pair) {
        return card(pair, "old");
    }

    static ModelCard now(String pair) {
        return card(pair, "new");
    }

    static Diff diff(String pair) {
        return CardDiff.of(old(pair), now(pair));
    }

    private static ModelCard card(String pair, String which) {
        Path json = ROOT.resolve(pair).resolve(which + ".json");
        Path file = Files.exists(json) ? json : ROOT.resolve(pair).resolve(which + ".md");
        try {
            return CardReader.read(file, false).card();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
