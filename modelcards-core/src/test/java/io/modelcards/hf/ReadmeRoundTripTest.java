package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every README in the round-trip corpus survives README → card → README, and README → JSON → card → README. */
class ReadmeRoundTripTest {

    static List<Path> corpus() {
        return Fixtures.readmes("roundtrip", ".md");
    }

    @Test
    void theCorpusHoldsAtLeastFiftyFiveReadmes() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(55);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anUnchangedCardWritesBackTheSameBytes(Path file) throws InvalidInputException {
        String text = Fixtures.read(file);
        ModelCard card = ReadmeCodec.parse(text, file.getFileName().toString(), false).card();
        assertThat(ReadmeCodec.write(card)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCardSurvivesItsJsonFormUnchanged(Path file) throws InvalidInputException {
        ModelCard card = ReadmeCodec.parse(Fixtures.read(file), file.getFileName().toString(), false).card();
        ModelCard back = CardCodec.fromJson(CardCodec.toJson(card), "card.json");
        assertThat(back).isEqualTo(card);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aCardLoadedFromJsonWritesTheOriginalReadme(Path file) throws InvalidInputException {
        String text = Fixtures.read(file);
        ModelCard card = ReadmeCodec.parse(text, file.getFileName().toString(), false).card();
        String json = CardCodec.toJson(card);
        assertThat(ReadmeCodec.write(CardCodec.fromJson(json, "card.json"))).isEqualTo(text);
    }
}
