package io.modelcards.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of rule, on the sentiment classifier fixture (apache-2.0, tags sentiment and text-classification, low risk
 * with a rationale, accuracy 0.8853 on SST-2/validation and other metrics on slices only, no caveats written): one row per rule, with the
 * findings it must give (none when the card passes).
 */
class CardRulesTest {
    private static final ModelCard CARD = Fixtures.card("classifier-sentiment");

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("a required field that is written passes", "required: /governance/risk_rationale", List.of()),
                Arguments.of("a required field that is empty fails at it", "required: /considerations/caveats",
                        List.of("/considerations/caveats|M: /considerations/caveats is empty")),
                Arguments.of("a metric at its bound passes", "metric: {type: accuracy, dataset: sst-2, split: validation, min: 0.88}",
                        List.of()),
                Arguments.of("a metric under its bound fails", "metric: {type: accuracy, dataset: SST-2, min: 0.9}",
                        List.of("/evaluation/quantitative|M: accuracy on SST-2/validation is 0.8853, under 0.9")),
                Arguments.of("a metric over its maximum fails", "metric: {type: accuracy, max: 0.88}",
                        // The model index names the dataset by its Hub id too: each name the card gives is checked.
                        List.of("/evaluation/quantitative|M: accuracy on SST-2/validation is 0.8853, over 0.88",
                                "/evaluation/quantitative|M: accuracy on stanfordnlp/sst2/validation is 0.8853, over 0.88")),
                Arguments.of("a result on a slice is not an overall result", "metric: {type: precision, min: 0.1}",
                        List.of("/evaluation/quantitative|M: the card reports no precision")),
                Arguments.of("a metric the card does not report fails", "metric: {type: accuracy, split: test, min: 0.5}",
                        List.of("/evaluation/quantitative|M: the card reports no accuracy on split test")),
                Arguments.of("a risk rule on another rating passes", "risk: [high]\n    requires: /considerations/caveats", List.of()),
                Arguments.of("a risk rule on the card's rating needs its field",
                        "risk: [low, medium]\n    requires: /considerations/caveats",
                        List.of("/considerations/caveats|M: the card is rated low risk and /considerations/caveats is empty")),
                Arguments.of("a forbidden tag fails at the tag", "forbidden_tags: [Sentiment, experimental]",
                        List.of("/metadata/tags/0|M: the card is tagged sentiment")),
                Arguments.of("an allowed licence passes", "allowed_licenses: [mit, Apache-2.0]", List.of()),
                Arguments.of("another licence fails naming the allowed ones", "allowed_licenses: [mit]",
                        List.of("/metadata/license|M: its licence is apache-2.0, and the allowed ones are mit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFindsWhatItShould(String name, String check, List<String> expected) throws InvalidInputException {
        CardRules rules = CardRules.parse("rules:\n  - id: acme/r\n    message: M\n    " + check + "\n", "policy.yaml");
        List<Diagnostic> found = rules.check(CARD, SourceMap.none("card.json"));
        assertThat(found).extracting(d -> d.pointer() + "|" + d.message()).containsExactlyElementsOf(expected);
        assertThat(found).allSatisfy(d -> assertThat(d.code()).isEqualTo("acme/r"));
    }
}
