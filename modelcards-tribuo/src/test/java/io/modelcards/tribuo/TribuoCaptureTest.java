package io.modelcards.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.example.NoisyInterlockingCrescentsDataSource;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/** Drives a real Tribuo training run through the adapter and checks every captured section of the card. */
class TribuoCaptureTest {
    static ModelCard card;
    static LabelEvaluation evaluation;

    @BeforeAll
    static void trainAndEvaluate() {
        var train = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(400, 1L, 0.1));
        var test = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(200, 2L, 0.1));
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 8, 50, 1, 42L);
        CardRecorder recorder = CardRecorder.builder().setModelName("crescents-logreg").build();
        Model<Label> model = TribuoCapture.train(trainer, train, "train", recorder);
        evaluation = TribuoCapture.evaluate(model, test, "test", recorder);
        card = recorder.toCard();
    }

    @Test
    void theTrainersSettingsBecomeHyperparametersWithTheChangedOnesMarked() {
        var hp = card.training().hyperparameters();
        assertThat(hp.all()).containsEntry("epochs", 8).containsEntry("seed", 42L).containsKey("optimiser.initialLearningRate");
        assertThat(hp.nonDefault()).contains("epochs", "loggingInterval", "optimiser.initialLearningRate").doesNotContain("minibatchSize");
    }

    @Test
    void theSgdObjectiveCurveIsCapturedFromTribuosOwnLog() {
        // 400 examples, minibatch 1, 8 epochs, a loss line every 50 iterations: 64 points.
        assertThat(card.training().log()).hasSize(64);
        assertThat(card.training().log().get(0).step()).isEqualTo(50);
        assertThat(card.training().log().get(0).epoch()).isEqualTo(0.125);
        assertThat(card.training().log().get(63).metrics()).containsKey("objective");
        // LogMulticlass logs the mean log-likelihood: never above zero.
        assertThat(card.training().log()).allSatisfy(row -> assertThat(row.metrics().get("objective")).isLessThanOrEqualTo(0.0));
    }

    @Test
    void evaluationMetricsAreReadFromTribuosEvaluationNotCopiedByHand() {
        QuantitativeResult acc = card.evaluation().quantitative().stream()
                .filter(q -> q.metric().equals("accuracy") && q.slice().isEmpty()).findFirst().orElseThrow();
        assertThat(acc.value()).isEqualTo(evaluation.accuracy());
        assertThat(acc.primary()).isTrue();
        assertThat(acc.ciLow()).isNotNull().isLessThanOrEqualTo(acc.value());
        assertThat(acc.ciHigh()).isNotNull().isGreaterThanOrEqualTo(acc.value());
    }

    @Test
    void perLabelMetricsAreSlices() {
        assertThat(card.evaluation().quantitative()).anySatisfy(q -> {
            assertThat(q.slice()).containsEntry("label", "X");
            assertThat(q.metric()).isEqualTo("f1");
        });
    }

    @Test
    void bothDatasetsAreIdentifiedByContentHashWithTheirLabelDistribution() {
        assertThat(card.datasets()).extracting(DatasetInfo::role).containsExactly("training", "evaluation");
        DatasetInfo trainInfo = card.datasets().get(0);
        assertThat(trainInfo.contentHash()).matches("sha256:[0-9a-f]{64}");
        assertThat(trainInfo.rows()).isEqualTo(400);
        assertThat(trainInfo.statistics().columns().get(0).top()).extracting(t -> t.count()).containsExactly(200L, 200L);
        assertThat(card.datasets().get(1).contentHash()).isNotEqualTo(trainInfo.contentHash());
    }

    @Test
    void theLibraryAndTheComponentsTheTrainerUsedAreCitedAutomatically() {
        assertThat(card.details().citations()).extracting(c -> c.bibtex().toLowerCase(Locale.ROOT))
                .anySatisfy(b -> assertThat(b).contains("tribuo"))
                .anySatisfy(b -> assertThat(b).contains("adaptive subgradient"));
        assertThat(card.details().citations()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theSameSeedAndDataGiveTheSameContentHash() {
        var again = new MutableDataset<>(new NoisyInterlockingCrescentsDataSource(400, 1L, 0.1));
        assertThat(TribuoCapture.describe(again, "train", "training").contentHash()).isEqualTo(card.datasets().get(0).contentHash());
    }
}
