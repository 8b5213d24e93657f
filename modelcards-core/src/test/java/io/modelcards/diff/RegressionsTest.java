package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.diff.Regressions.Scope;
import org.junit.jupiter.api.Test;

class RegressionsTest {

    private static Diff diff(QuantitativeResult old, QuantitativeResult now) {
        return CardDiff.of(Cards.results(old), Cards.results(now));
    }

    private static Diff primary(double old, double now) {
        return diff(Cards.result("accuracy", old).primary(true).build(), Cards.result("accuracy", now).primary(true).build());
    }

    @Test
    void aPrimaryMetricThatGotWorseIsARegressionWithTheAmount() {
        assertThat(Regressions.find(primary(0.88, 0.86), Scope.PRIMARY, 0)).singleElement()
                .satisfies(r -> assertThat(r.worseBy()).isEqualTo(0.02));
    }

    @Test
    void aDropWithinTheToleranceIsNoRegression() {
        assertThat(Regressions.find(primary(0.88, 0.86), Scope.PRIMARY, 0.03)).isEmpty();
    }

    @Test
    void anImprovementIsNoRegression() {
        assertThat(Regressions.find(primary(0.86, 0.88), Scope.PRIMARY, 0)).isEmpty();
    }

    @Test
    void anUnchangedMetricIsNoRegression() {
        assertThat(Regressions.find(primary(0.86, 0.86), Scope.PRIMARY, 0)).isEmpty();
    }

    @Test
    void aDropWithinOverlappingIntervalsIsNoRegression() {
        Diff d = diff(Cards.result("accuracy", 0.88).ciLow(0.85).ciHigh(0.91).primary(true).build(),
                Cards.result("accuracy", 0.86).ciLow(0.83).ciHigh(0.89).primary(true).build());
        assertThat(Regressions.find(d, Scope.PRIMARY, 0)).isEmpty();
    }

    @Test
    void aDropBeyondTheIntervalsIsARegression() {
        Diff d = diff(Cards.result("accuracy", 0.90).ciLow(0.89).ciHigh(0.91).primary(true).build(),
                Cards.result("accuracy", 0.86).ciLow(0.85).ciHigh(0.87).primary(true).build());
        assertThat(Regressions.find(d, Scope.PRIMARY, 0)).hasSize(1);
    }

    @Test
    void aMetricThatIsNotPrimaryCountsOnlyForAnyRegression() {
        ModelCard old = Cards.results(Cards.result("accuracy", 0.9).primary(true).build(), Cards.result("f1", 0.8).build());
        ModelCard now = Cards.results(Cards.result("accuracy", 0.9).primary(true).build(), Cards.result("f1", 0.7).build());
        Diff d = CardDiff.of(old, now);
        assertThat(Regressions.find(d, Scope.PRIMARY, 0)).isEmpty();
        assertThat(Regressions.find(d, Scope.ANY, 0)).extracting(r -> r.metric().metric()).containsExactly("f1");
    }

    @Test
    void aRemovedMetricIsNoRegression() {
        Diff d = CardDiff.of(Cards.results(Cards.result("accuracy", 0.9).primary(true).build()), ModelCard.empty());
        assertThat(Regressions.find(d, Scope.ANY, 0)).isEmpty();
    }

    @Test
    void aNegativeToleranceIsRefused() {
        assertThatThrownBy(() -> Regressions.find(primary(0.9, 0.8), Scope.ANY, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
