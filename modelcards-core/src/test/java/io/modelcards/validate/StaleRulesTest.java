package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaleRulesTest {
    /** The 1.3 fixture: /considerations was confirmed against version 1.1.0 and another iris; /uses is current. */
    private static final String CARD = Fixtures.text("schema/1.3/provenance.yaml");

    private static List<Diagnostic> stale(Set<RulePack> packs) {
        return Cards.validate(CARD, packs).stream().filter(d -> d.code().endsWith("/stale")).toList();
    }

    @Test
    void theReviewPackFailsOnAStaleFieldAtItsLineNamingTheFactsThatChanged() {
        assertThat(stale(Set.of(RulePack.REVIEW))).extracting(Diagnostic::format).containsExactly(
                "card.yaml:26:1: error: /considerations was written against facts that changed (version 1.1.0 → 1.2.0; "
                        + "training data iris changed sha256:a0f5… → sha256:6f60…; metric accuracy removed): re-read it and "
                        + "edit it, or run `modelcards confirm CARD --field /considerations --by NAME` if it still holds "
                        + "[review/stale]");
    }

    @Test
    void theCompletePackWarnsOnTheSameField() {
        assertThat(stale(Set.of(RulePack.COMPLETE))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("complete/stale");
            assertThat(d.severity().name()).isEqualTo("WARNING");
            assertThat(d.pointer()).isEqualTo("/considerations");
        });
    }

    @Test
    void withoutEitherPackStalenessIsNotReported() {
        assertThat(stale(Set.of(RulePack.HF))).isEmpty();
    }
}
