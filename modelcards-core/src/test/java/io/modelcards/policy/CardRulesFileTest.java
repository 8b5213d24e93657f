package io.modelcards.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy file's mistakes, each reported at its line and column, all at once. */
class CardRulesFileTest {
    private static List<String> problems(String text) {
        try {
            CardRules.parse(text, "p.yaml");
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("the policy was accepted");
    }

    @Test
    void aFileWithoutRulesIsRefusedWithAnExample() {
        assertThat(problems("approvals: 2\n")).singleElement().asString()
                .startsWith("p.yaml:1:1: error: a policy file for validate has a rules: list");
    }

    @Test
    void aRuleSeverityAndItsDefaultAreRead() throws InvalidInputException {
        CardRules rules = CardRules.parse("rules:\n  - {id: acme/a, message: m, required: /uses/direct_use}\n"
                + "  - {id: acme/b, message: m, severity: warning, forbidden_tags: [x]}\n", "p.yaml");
        assertThat(rules.rules()).extracting(CardRule::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void aMistypedPointerNamesTheNearestField() {
        assertThat(problems("rules:\n  - id: acme/a\n    message: m\n    required: /uses/out_of_scope\n")).singleElement().asString()
                .startsWith("p.yaml:4:5: error: ").contains("out_of_scope_use").endsWith("[policy/bad-rules]");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        assertThat(problems("""
                rules:
                  - id: hf/mine
                    message: m
                    required: /uses/direct_use
                  - id: acme/two
                    message: m
                    forbidden_tags: [x]
                    allowed_licenses: [mit]
                  - id: acme/three
                    message: m
                    metric: {type: accuracy}
                    severity: fatal
                """)).containsExactly(
                "p.yaml:2:5: error: id hf/mine starts with hf/, which belongs to modelcards' own rules: use your organisation's"
                        + " name instead [policy/bad-rules]",
                "p.yaml:5:5: error: rule acme/two has 2 checks (forbidden_tags, allowed_licenses): give it exactly one of required,"
                        + " metric, risk, forbidden_tags, allowed_licenses [policy/bad-rules]",
                "p.yaml:12:5: error: severity must be error, warning or note, not \"fatal\" [policy/bad-rules]",
                "p.yaml:11:5: error: the metric bound on accuracy has neither min nor max: add min: 0.9 or max: 0.1"
                        + " [policy/bad-rules]");
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThat(problems("rules:\n  - {id: acme/a, message: m, forbidden_tags: [x]}\n"
                + "  - {id: acme/a, message: m, forbidden_tags: [y]}\n"))
                .singleElement().asString().contains("id acme/a is used by an earlier rule");
    }

    @Test
    void aRiskRuleWithoutRequiresIsRefused() {
        assertThatThrownBy(() -> CardRules.parse("rules:\n  - {id: acme/a, message: m, risk: [high]}\n", "p.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a risk rule needs requires: POINTER");
    }

    @Test
    void anUnknownRiskRatingIsRefused() {
        assertThat(problems("rules:\n  - {id: acme/a, message: m, risk: [severe], requires: /governance/risk_rationale}\n"))
                .singleElement().asString().contains("unknown risk rating 'severe'");
    }
}
