package io.modelcards.djl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.modelcards.capture.CardRecorder;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains a tiny MLP with DJL's PyTorch engine, loaded from the Maven test jars only, through the adapter, and checks
 * what reaches the card. 160 training and 40 validation examples, batch size 20, 2 epochs: 16 training batches.
 */
class DjlCaptureTrainingTest {
    static final int BATCH = 20;
    static ModelCard card;
    static long steps;

    @BeforeAll
    static void train() throws Exception {
        CardRecorder recorder = CardRecorder.builder().setModelName("set-by-the-adapter").build();
        try (NDManager manager = NDManager.newBaseManager(); Model model = Model.newInstance("tiny-mlp")) {
            model.setBlock(new SequentialBlock()
                    .add(Linear.builder().setUnits(8).build())
                    .add(Activation::relu)
                    .add(Linear.builder().setUnits(2).build()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).optMomentum(0.9f).build())
                    .addEvaluator(new Accuracy())
                    .addTrainingListeners(TrainingListener.Defaults.basic());
            DjlCapture capture = DjlCapture.feeding(recorder).optConfig(config)
                    .optHyperparameter("batch_size", BATCH).optHyperparameter("epochs", 2);
            config.addTrainingListeners(capture);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 4));
                EasyTrain.fit(trainer, 2, dataset(manager, 160, 1L), dataset(manager, 40, 2L));
            }
            steps = capture.step();
        }
        card = recorder.toCard();
    }

    /** Two separable classes: label 1 when the first two features sum above zero. */
    static ArrayDataset dataset(NDManager manager, int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][4];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            y[i] = x[i][0] + x[i][1] > 0 ? 1f : 0f;
        }
        return new ArrayDataset.Builder().setData(manager.create(x)).optLabels(manager.create(y))
                .setSampling(BATCH, false).build();
    }

    @Test
    void theModelNameComesFromTheDjlModel() {
        assertThat(card.details().name()).isEqualTo("tiny-mlp");
    }

    @Test
    void theOptimizerSettingsAreReadIntoFlattenedHyperparameters() {
        var all = card.training().hyperparameters().all();
        assertThat(all).containsEntry("optimizer.class", "ai.djl.training.optimizer.Sgd")
                .containsEntry("optimizer.momentum", 0.9f)
                .containsEntry("optimizer.learningRateTracker.value", 0.1f);
    }

    @Test
    void theLossEvaluatorsDevicesAndCallerValuesAreHyperparameters() {
        var all = card.training().hyperparameters().all();
        assertThat(all).containsEntry("loss.name", "SoftmaxCrossEntropyLoss")
                .containsEntry("batch_size", BATCH).containsEntry("epochs", 2);
        assertThat(all.toString()).contains("Accuracy").contains("cpu");
    }

    @Test
    void everyTrainingBatchIsAStepOnTheCurve() {
        assertThat(steps).isEqualTo(16);
        List<LogEntry> batchRows = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("train_all_SoftmaxCrossEntropyLoss")).toList();
        assertThat(batchRows).extracting(LogEntry::step).containsExactly(
                1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(batchRows).allSatisfy(r -> assertThat(r.metrics()).containsKey("train_all_Accuracy"));
    }

    @Test
    void batchEpochsAreFractionsThatGrowAcrossTheRun() {
        List<Double> epochs = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("train_all_Accuracy")).map(LogEntry::epoch).toList();
        assertThat(epochs).isSorted();
        assertThat(epochs.get(0)).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(epochs.get(epochs.size() - 1)).isGreaterThan(1.0).isLessThanOrEqualTo(2.0);
    }

    @Test
    void eachEpochLogsItsTrainingAndValidationValues() {
        List<LogEntry> epochRows = card.training().log().stream()
                .filter(r -> r.metrics().containsKey("validate_epoch_Accuracy")).toList();
        assertThat(epochRows).extracting(LogEntry::step).containsExactly(8L, 16L);
        assertThat(epochRows).extracting(LogEntry::epoch).containsExactly(1.0, 2.0);
        assertThat(epochRows.get(1).metrics()).containsKeys("train_epoch_SoftmaxCrossEntropyLoss",
                "train_epoch_Accuracy", "validate_epoch_SoftmaxCrossEntropyLoss");
    }

    @Test
    void theLastValidationIsTheCardsEvaluationWithAccuracyPrimary() {
        List<QuantitativeResult> validation = card.evaluation().quantitative().stream()
                .filter(q -> "validation".equals(q.dataset())).toList();
        QuantitativeResult accuracy = validation.stream().filter(q -> q.metric().equals("Accuracy")).findFirst()
                .orElseThrow();
        assertThat(accuracy.primary()).isTrue();
        assertThat(accuracy.value()).isBetween(0.0, 1.0);
        QuantitativeResult loss = validation.stream().filter(q -> q.metric().equals("SoftmaxCrossEntropyLoss"))
                .findFirst().orElseThrow();
        assertThat(loss.higherIsBetter()).isFalse();
    }

    @Test
    void theSeparableTaskIsLearnedSoTheValidationAccuracyIsReal() {
        double accuracy = card.evaluation().quantitative().stream()
                .filter(q -> q.metric().equals("Accuracy") && "validation".equals(q.dataset()))
                .mapToDouble(QuantitativeResult::value).max().orElseThrow();
        assertThat(accuracy).isGreaterThan(0.7);
    }

    @Test
    void djlAndTheSgdOptimizerAreCited() {
        assertThat(card.details().citations()).extracting(c -> c.key()).contains("djl");
        assertThat(card.details().citations()).anySatisfy(c -> assertThat(c.component()).isEqualTo("sgd"));
    }
}
