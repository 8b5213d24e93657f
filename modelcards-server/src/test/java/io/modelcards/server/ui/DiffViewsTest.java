package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.diff.CardDiff;
import io.modelcards.diff.Diff;
import io.modelcards.server.ui.view.DiffLine;
import io.modelcards.server.ui.view.MetricDelta;
import io.modelcards.server.ui.view.TextDiff;
import io.modelcards.server.ui.view.WordRun;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare page's rows, built from the semantic diff of two cards and their README.md renderings. */
class DiffViewsTest {
    private static final ModelCard OLD = Fixtures.card("classifier-sentiment");

    /** The fixture card with its primary accuracy lowered and its out-of-scope text changed: a known pair. */
    static ModelCard worse(ModelCard card) {
        List<QuantitativeResult> results = new ArrayList<>(card.evaluation().quantitative());
        results.set(0, results.get(0).withValue(0.8612).withCiLow(0.8391).withCiHigh(0.8630));
        return card.withEvaluation(card.evaluation().withQuantitative(results))
                .withUses(card.uses().withOutOfScopeUse("Reviews in other languages and any decision about a person."));
    }

    @Test
    void aLowerAccuracyIsAWorseDeltaSaidInWords() {
        Diff diff = CardDiff.of(OLD, worse(OLD));
        MetricDelta m = DiffViews.metrics(diff).get(0);
        assertThat(m.metric()).isEqualTo("accuracy");
        assertThat(m.old()).isEqualTo("0.8853");
        assertThat(m.now()).isEqualTo("0.8612");
        assertThat(m.delta()).isEqualTo("-0.0241 (-2.7%)");
        assertThat(m.verdict()).isEqualTo("regressed");
        assertThat(m.tone()).isEqualTo("worse");
        assertThat(m.direction()).isEqualTo("higher is better");
        assertThat(m.intervals()).isEqualTo("[0.8641, 0.9048] → [0.8391, 0.863], beyond the intervals");
    }

    @Test
    void unchangedResultsAreCountedNotListed() {
        Diff diff = CardDiff.of(OLD, worse(OLD));
        assertThat(DiffViews.metrics(diff)).hasSize(1);
        assertThat(DiffViews.unchanged(diff)).isEqualTo(diff.evaluation().size() - 1);
    }

    @Test
    void aChangedTextShowsTheRemovedAndAddedWords() {
        TextDiff t = DiffViews.texts(CardDiff.of(OLD, worse(OLD))).get(0);
        assertThat(t.field()).isEqualTo("/uses/out_of_scope_use");
        assertThat(t.kind()).isEqualTo("changed");
        assertThat(t.words()).extracting(WordRun::op).contains("same", "removed", "added");
        assertThat(t.words()).filteredOn(w -> w.op().equals("removed")).extracting(WordRun::text).anyMatch(s -> s.contains("sarcasm"));
    }

    @Test
    void theReadmeDiffIsUnifiedWithMarkedLines() {
        List<DiffLine> lines = DiffViews.readme("1.0.0/README.md", "a\nb\nc\n", "1.1.0/README.md", "a\nB\nc\n");
        assertThat(lines).extracting(DiffLine::kind).containsExactly("head", "head", "hunk", "same", "removed", "added", "same");
        assertThat(lines.get(0).text()).isEqualTo("--- 1.0.0/README.md");
        assertThat(lines.get(4).text()).isEqualTo("-b");
    }

    @Test
    void equalReadmesGiveNoDiff() {
        assertThat(DiffViews.readme("a", "same\n", "b", "same\n")).isEmpty();
    }
}
