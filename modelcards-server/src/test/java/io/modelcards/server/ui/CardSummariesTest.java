package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.server.ui.view.CardSummary;
import io.modelcards.server.ui.view.Fact;
import io.modelcards.server.ui.view.MetricRow;
import io.modelcards.testing.Fixtures;
import io.modelcards.validate.Completeness;
import org.junit.jupiter.api.Test;

/** The summary panel's values, taken from the typed card and the same completeness and staleness computations as validate. */
class CardSummariesTest {
    private static final ModelCard CARD = Fixtures.card("classifier-sentiment");

    @Test
    void theFactsAreTheCardsLicenceTaskLibraryAndRisk() {
        CardSummary s = CardSummaries.of(CARD, "published", "sha256:00");
        assertThat(s.facts()).extracting(Fact::label, Fact::value).containsExactly(
                tuple("Licence", "apache-2.0"),
                tuple("Task", "text-classification"),
                tuple("Library", "tribuo"),
                tuple("Base model", null),
                tuple("Risk rating", "low"));
    }

    @Test
    void aMetricShowsItsValueIntervalAndDirection() {
        MetricRow accuracy = CardSummaries.of(CARD, "draft", "sha256:00").metrics().get(0);
        assertThat(accuracy.metric()).isEqualTo("accuracy");
        assertThat(accuracy.where()).isEqualTo("SST-2/validation");
        assertThat(accuracy.value()).isEqualTo("0.8853");
        assertThat(accuracy.interval()).isEqualTo("0.8641 – 0.9048 (95%)");
        assertThat(accuracy.direction()).isEqualTo("higher is better");
        assertThat(accuracy.primary()).isTrue();
    }

    @Test
    void aSlicedMetricNamesItsSlice() {
        assertThat(CardSummaries.of(CARD, "draft", "sha256:00").metrics().get(1).where()).isEqualTo("SST-2/validation [label=positive]");
    }

    @Test
    void aDatasetShowsItsContentHashAndRows() {
        var d = CardSummaries.of(CARD, "draft", "sha256:00").datasets().get(0);
        assertThat(d.hash()).isEqualTo("sha256:5f0c3a9d0e8b7c6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988");
        assertThat(d.rows()).isEqualTo("67,349");
    }

    @Test
    void completenessIsTheScoreValidateComputes() {
        CardSummary s = CardSummaries.of(CARD, "draft", "sha256:00");
        assertThat(s.completeness()).isEqualTo(Completeness.score(CARD).overall());
        assertThat(s.sections()).hasSameSizeAs(Completeness.score(CARD).sections());
    }

    @Test
    void aCapturedValueNamesWhatCapturedItAndAWrittenOneItsAuthor() {
        assertThat(CardSummaries.origin(CARD, "/training/hyperparameters")).isEqualTo("captured by capture:tribuo");
        assertThat(CardSummaries.origin(CARD, "/uses/direct_use")).isEqualTo("written by Dana Reyes");
        assertThat(CardSummaries.origin(CARD, "/metadata/license")).isNull();
    }

    @Test
    void textWrittenAgainstAnOlderVersionIsListedAsStaleWithTheReason() {
        Facts before = Facts.of(CARD.withDetails(CARD.details().withVersion("1.0.0")));
        ModelCard card = CARD.withProvenance(CARD.provenance().with("/uses/direct_use",
                new Origin.Human("Dana Reyes", "README.md", "2026-03-01T10:00:00Z", before, null)));
        var stale = CardSummaries.of(card, "draft", "sha256:00").stale();
        assertThat(stale).hasSize(1);
        assertThat(stale.get(0).pointer()).isEqualTo("/uses/direct_use");
        assertThat(stale.get(0).reasons()).contains("1.0.0 → 1.2.0");
        assertThat(stale.get(0).origin()).isEqualTo("written by Dana Reyes in README.md on 2026-03-01T10:00:00Z");
    }
}
