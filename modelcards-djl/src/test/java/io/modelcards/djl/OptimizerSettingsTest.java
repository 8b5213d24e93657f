package io.modelcards.djl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading DJL optimizer settings needs no engine: the optimizer objects are plain Java until they update. */
class OptimizerSettingsTest {

    @Test
    void adamsBetasEpsilonAndLearningRateAreRead() {
        Map<String, Object> s = OptimizerSettings.of(Optimizer.adam()
                .optLearningRateTracker(Tracker.fixed(0.003f)).optBeta1(0.8f).optEpsilon(1e-6f).build());
        assertThat(s).containsEntry("class", "ai.djl.training.optimizer.Adam")
                .containsEntry("beta1", 0.8f).containsEntry("epsilon", 1e-6f).containsKey("beta2");
        assertThat(s.get("learningRateTracker")).isEqualTo(Map.of(
                "class", "ai.djl.training.tracker.FixedTracker", "value", 0.003f));
    }

    @Test
    void theBaseClassSettingsComeFirstAndUpdateCountersAreLeftOut() {
        Map<String, Object> s = OptimizerSettings.of(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f))
                .optWeightDecays(0.01f).optClipGrad(5f).build());
        assertThat(s.keySet()).startsWith("class", "rescaleGrad", "clipGrad", "weightDecays")
                .doesNotContain("numUpdate", "beginNumUpdate", "updateCounts", "momentumStates");
        assertThat(s).containsEntry("weightDecays", 0.01f).containsEntry("clipGrad", 5f);
    }

    @Test
    void adamsDefaultsAreWhatItsBuilderMakesWithNothingSet() {
        Map<String, Object> d = OptimizerDefaults.of(Optimizer.adam().optBeta1(0.8f).build());
        assertThat(d).containsEntry("beta1", 0.9f).containsEntry("beta2", 0.999f).containsKey("learningRateTracker");
    }

    @Test
    void sgdHasNoDefaultLearningRateButDefaultMomentumAndClipping() {
        Map<String, Object> d = OptimizerDefaults.of(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build());
        assertThat(d).doesNotContainKey("learningRateTracker").containsEntry("momentum", 0f).containsEntry("clipGrad", -1f);
    }
}
