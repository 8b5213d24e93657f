package io.modelcards.djl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.modelcards.capture.citation.BundledCitations;
import io.modelcards.card.Citation;
import org.junit.jupiter.api.Test;

/** Which works a DJL run cites; no engine needed. */
class DjlCitationsTest {

    @Test
    void djlsEntryIsValidBibtexWithItsOwnKey() {
        assertThat(BundledCitations.key(DjlCitations.DJL.bibtex())).isEqualTo(DjlCitations.DJL.key()).isEqualTo("djl");
    }

    @Test
    void anAdamRunCitesDjlAndAdam() {
        var config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.001f)).build());
        assertThat(DjlCitations.of(config)).extracting(Citation::component).containsExactly("djl", "adam");
    }

    @Test
    void anOptimizerWithoutABundledEntryLeavesOnlyDjl() {
        var config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.rmsprop().optLearningRateTracker(Tracker.fixed(0.001f)).build());
        assertThat(DjlCitations.of(config)).extracting(Citation::component).containsExactly("djl");
    }

    @Test
    void withoutAConfigOnlyDjlIsCited() {
        assertThat(DjlCitations.of(null)).containsExactly(DjlCitations.DJL);
    }
}
