package io.modelcards.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.edit.CardEdit;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.example.NoisyInterlockingCrescentsDataSource;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/** A retrained Tribuo model's recorder, given the previous card, keeps what people wrote and flags what went stale. */
class RetrainingTest {
    private static final String USE = "Teaching: separate two interlocking crescents.";

    private static ModelCard run(long dataSeed, ModelCard previous) {
        var train = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(300, dataSeed, 0.1));
        var test = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(150, dataSeed + 100, 0.1));
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 5, 50, 1, 42L);
        var builder = CardRecorder.builder().setModelName("crescents-logreg");
        CardRecorder recorder = (previous == null ? builder : builder.optPrevious(previous)).build();
        Model<Label> model = TribuoCapture.train(trainer, train, "train", recorder);
        TribuoCapture.evaluate(model, test, "test", recorder);
        return recorder.toCard();
    }

    @Test
    void aPersonsTextSurvivesTheRetrainAndIsFlaggedStaleBecauseTheTrainingDataChanged() throws Exception {
        ModelCard first = CardEdit.set(run(1L, null), "/uses/direct_use", USE, new Origin.Human("ana", "README.md", null));

        ModelCard second = run(2L, first);

        assertThat(second.uses().directUse()).isEqualTo(USE);
        assertThat(second.datasets()).isNotEqualTo(first.datasets());
        assertThat(Staleness.of(second)).extracting(StaleField::pointer).containsExactly("/uses/direct_use");
        assertThat(Staleness.of(second).get(0).reason()).contains("training data", "changed");
    }
}
