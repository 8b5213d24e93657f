package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stale part lists what became stale: fields whose facts changed in the new card and were current in the old one. */
class StaleTest {

    @Test
    void aTextWrittenAgainstTheOldFactsIsStaleInTheNewCardWithTheReasons() {
        assertThat(DiffFixtures.diff("retrained").stale()).singleElement().satisfies(s -> {
            assertThat(s.field()).isEqualTo("/considerations/recommendations");
            assertThat(s.reason()).startsWith("version 1.2.0 → 1.3.0; training data stanfordnlp/sst2 (train) changed")
                    .endsWith("accuracy 0.885 → 0.871");
        });
    }

    @Test
    void aTextRewrittenAgainstTheNewFactsIsNotStale() {
        assertThat(DiffFixtures.diff("retrained").stale()).extracting(StaleChange::field).doesNotContain("/uses/direct_use");
    }

    @Test
    void aFieldAlreadyStaleInTheOldCardIsNotListedAgain() {
        assertThat(CardDiff.of(DiffFixtures.now("retrained"), DiffFixtures.now("retrained")).stale()).isEmpty();
    }
}
