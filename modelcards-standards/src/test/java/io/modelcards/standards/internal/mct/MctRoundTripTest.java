package io.modelcards.standards.internal.mct;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export to MCT, then import: the same card on every field MCT carries. */
class MctRoundTripTest {
    static List<String> cards() {
        return Fixtures.cardNames();
    }

    static ModelCard roundTrip(ModelCard card) throws Exception {
        return new MctImporter().read(MctExportTest.export(card).document(), "card.mct.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aFixtureCardComesBackWithEveryFieldMctCarries(String name) throws Exception {
        ModelCard card = Fixtures.card(name);
        assertThat(CardCodec.toJson(CarriedByMct.of(roundTrip(card)))).isEqualTo(CardCodec.toJson(CarriedByMct.of(card)));
    }

    @Test
    void theImportCarriesNothingBeyondWhatMctCarries() throws Exception {
        ModelCard back = roundTrip(Fixtures.card("full-every-field"));
        assertThat(CardCodec.toJson(back.withProvenance(null))).isEqualTo(CardCodec.toJson(CarriedByMct.of(back)));
    }

    @Test
    void importedValuesAreMarkedAsImportedFromMct() throws Exception {
        assertThat(roundTrip(Fixtures.card("full-every-field")).provenance().originOf("/details/name"))
                .isEqualTo(new Origin.Auto("import:mct"));
    }

    @Test
    void aVersionZeroZeroOneMetricWithANumericValueIsRead() throws Exception {
        ModelCard card = new MctImporter().read("{\"quantitative_analysis\": {\"performance_metrics\": [{\"type\": \"f1\", "
                + "\"value\": 0.5, \"slice\": \"lang=fr\"}]}}", "old.json");
        assertThat(card.evaluation().quantitative()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(0.5);
            assertThat(q.slice()).containsExactly(Map.entry("lang", "fr"));
        });
    }
}
