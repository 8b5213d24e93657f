package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String cardJson) throws InvalidInputException {
        ModelCard card = CardCodec.fromJson(cardJson, "c.json");
        return new String(CanonicalJson.of(card), StandardCharsets.UTF_8);
    }

    @Test
    void membersAreSortedAndNothingIsIndented() throws InvalidInputException {
        assertThat(canonical("{\n  \"schema_version\": \"1.2\",\n  \"metadata\": {\"tags\": [\"b\", \"a\"], \"license\": \"mit\"}\n}"))
                .isEqualTo("{\"considerations\":{},\"details\":{},\"evaluation\":{},\"governance\":{\"risk\":\"unknown\"},"
                        + "\"metadata\":{\"license\":\"mit\",\"tags\":[\"b\",\"a\"]},\"provenance\":{},\"schema_version\":\"1.4\","
                        + "\"training\":{\"hyperparameters\":{}},\"uses\":{}}");
    }

    @Test
    void integersBeyondTwoToThe53AreWrittenAsTheirDigitsInTypedAndFreeFormFieldsAlike() throws InvalidInputException {
        String c = canonical("{\"schema_version\": \"1.2\", \"datasets\": [{\"name\": \"d\", \"rows\": 9007199254740991, "
                + "\"bytes\": 9007199254740993}], \"training\": {\"hyperparameters\": {\"all\": {\"seed\": -9007199254740992, "
                + "\"huge\": 123456789012345678901234567890, \"epochs\": 3}}}}");
        assertThat(c).contains("\"rows\":9007199254740991", "\"bytes\":\"9007199254740993\"", "\"seed\":\"-9007199254740992\"",
                "\"huge\":\"123456789012345678901234567890\"", "\"epochs\":3");
    }

    @Test
    void floatingPointValuesAreNumbersInTheirShortestForm() throws InvalidInputException {
        String c = canonical("{\"schema_version\": \"1.2\", \"training\": {\"hyperparameters\": {\"all\": "
                + "{\"lr\": 2e-05, \"warmup\": 1.0, \"big\": 1e21, \"third\": 0.333333333333333314829616256247}}}}");
        assertThat(c).contains("\"lr\":0.00002", "\"warmup\":1", "\"big\":1e+21", "\"third\":0.3333333333333333");
    }

    @Test
    void theReadmeLayoutIsLeftOut() throws InvalidInputException {
        ModelCard card = CardReader.read("---\nlicense: mit\n---\n# Model\n", "README.md", CardFormat.README, false).card();
        assertThat(card.source()).isNotNull();
        assertThat(new String(CanonicalJson.of(card), StandardCharsets.UTF_8)).doesNotContain("\"source\"", "front_matter")
                .contains("\"license\":\"mit\"");
    }
}
