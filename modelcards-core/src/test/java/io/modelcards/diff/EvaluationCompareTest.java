package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.card.ModelCard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationCompareTest {

    private static List<MetricChange> compare(ModelCard old, ModelCard now) {
        return CardDiff.of(old, now).evaluation();
    }

    @Test
    void aResultIsMatchedByMetricDatasetSplitAndSlice() {
        ModelCard old = Cards.results(Cards.result("f1", 0.8).slice(Map.of("label", "pos")).build(), Cards.result("f1", 0.7).build());
        ModelCard now = Cards.results(Cards.result("f1", 0.75).build(), Cards.result("f1", 0.8).slice(Map.of("label", "pos")).build());
        assertThat(compare(old, now)).extracting(MetricChange::verdict).containsOnly(Verdict.UNCHANGED, Verdict.IMPROVED);
        assertThat(compare(old, now)).filteredOn(m -> m.slice().isEmpty()).singleElement()
                .satisfies(m -> assertThat(m.delta()).isEqualTo(0.05));
    }

    @Test
    void theChangeIsRoundedSoThatItReadsAsPeopleWriteIt() {
        MetricChange m = compare(Cards.results(Cards.result("accuracy", 0.8853).build()),
                Cards.results(Cards.result("accuracy", 0.8712).build())).get(0);
        assertThat(m.delta()).isEqualTo(-0.0141);
        assertThat(m.relative()).isEqualTo(-0.0159268044731);
    }

    @Test
    void aLowerLossIsAnImprovement() {
        MetricChange m = compare(Cards.results(Cards.result("loss", 0.4).build()), Cards.results(Cards.result("loss", 0.3).build())).get(0);
        assertThat(m.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(m.verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void theDirectionAResultRecordsIsUsed() {
        MetricChange m = compare(Cards.results(Cards.result("loss", 0.4).higherIsBetter(true).build()),
                Cards.results(Cards.result("loss", 0.3).higherIsBetter(true).build())).get(0);
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void aResultOnlyOneCardHasIsAddedOrRemoved() {
        List<MetricChange> ms = compare(Cards.results(Cards.result("f1", 0.8).build()), Cards.results(Cards.result("recall", 0.8).build()));
        assertThat(ms).extracting(MetricChange::metric, MetricChange::verdict)
                .containsExactly(tuple("f1", Verdict.REMOVED),
                        tuple("recall", Verdict.ADDED));
    }

    @Test
    void disjointIntervalsMeanTheChangeIsBeyondThem() {
        MetricChange m = compare(Cards.results(Cards.result("accuracy", 0.80).ciLow(0.78).ciHigh(0.82).build()),
                Cards.results(Cards.result("accuracy", 0.86).ciLow(0.84).ciHigh(0.88).build())).get(0);
        assertThat(m.beyondIntervals()).isTrue();
    }

    @Test
    void overlappingIntervalsMeanTheChangeIsWithinThem() {
        MetricChange m = compare(Cards.results(Cards.result("accuracy", 0.80).ciLow(0.76).ciHigh(0.84).build()),
                Cards.results(Cards.result("accuracy", 0.82).ciLow(0.78).ciHigh(0.86).build())).get(0);
        assertThat(m.beyondIntervals()).isFalse();
    }

    @Test
    void withAnIntervalOnOneSideOnlyNothingIsSaidAboutIntervals() {
        MetricChange m = compare(Cards.results(Cards.result("accuracy", 0.80).ciLow(0.76).ciHigh(0.84).build()),
                Cards.results(Cards.result("accuracy", 0.90).build())).get(0);
        assertThat(m.beyondIntervals()).isNull();
    }

    @Test
    void aRelativeChangeFromZeroIsNotGiven() {
        MetricChange m = compare(Cards.results(Cards.result("bleu", 0).build()), Cards.results(Cards.result("bleu", 1).build())).get(0);
        assertThat(m.relative()).isNull();
        assertThat(m.delta()).isEqualTo(1.0);
    }

    @Test
    void theResultsMarkedPrimaryArePrimaryAndComeFirst() {
        ModelCard card = Cards.results(Cards.result("f1", 0.7).build(), Cards.result("accuracy", 0.8).primary(true).build());
        assertThat(compare(card, card)).extracting(MetricChange::metric, MetricChange::primary)
                .containsExactly(tuple("accuracy", true), tuple("f1", false));
    }

    @Test
    void withoutAPrimaryResultTheUnslicedResultsArePrimary() {
        ModelCard card = Cards.results(Cards.result("f1", 0.7).slice(Map.of("label", "pos")).build(), Cards.result("f1", 0.8).build());
        assertThat(compare(card, card)).filteredOn(MetricChange::primary).singleElement()
                .satisfies(m -> assertThat(m.slice()).isEmpty());
    }

    @Test
    void modelIndexResultsArePrimaryOnlyInACardWithoutEvaluationResults() {
        ModelCard card = Cards.index(Cards.indexResult("accuracy", 0.8));
        assertThat(compare(card, card)).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo(MetricChange.Source.MODEL_INDEX);
            assertThat(m.primary()).isTrue();
        });
    }

    @Test
    void aModelIndexValueWrittenAsTextIsComparedAsANumber() {
        MetricChange m = compare(Cards.index(Cards.indexResult("wer", "0.25")), Cards.index(Cards.indexResult("wer", 0.2))).get(0);
        assertThat(m.verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void aModelIndexValueThatIsNoNumberIsLeftOut() {
        assertThat(compare(Cards.index(Cards.indexResult("wer", "n/a")), Cards.index(Cards.indexResult("wer", "n/a")))).isEmpty();
    }
}
