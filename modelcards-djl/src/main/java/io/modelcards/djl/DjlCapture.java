package io.modelcards.djl;

import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import io.modelcards.capture.Evaluated;
import io.modelcards.capture.MetricsLogged;
import io.modelcards.capture.RunListener;
import io.modelcards.capture.RunStarted;
import io.modelcards.capture.TrainingEnded;
import io.modelcards.capture.TrainingStarted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DJL {@link TrainingListener} that feeds a modelcards {@link RunListener}: the run and
 * its hyperparameters when training begins, each training batch's evaluator values as a log at that step, each
 * epoch's training and validation values as a log, the validation values as an evaluation, and the end of training.
 *
 * <p>It reads the accumulators that DJL's {@link EvaluatorTrainingListener} maintains, as DJL's own logging listener
 * does, so add it after DJL's default listeners: {@code config.addTrainingListeners(TrainingListener.Defaults
 * .logging()).addTrainingListeners(capture)}. Without an {@link EvaluatorTrainingListener} before it, only the run,
 * hyperparameters, steps and end reach the card. Configure it with the {@code opt…} methods before training starts.
 *
 * <pre>{@code
 * CardRecorder recorder = CardRecorder.builder().setModelName("my-mlp").build();
 * DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
 *         .addEvaluator(new Accuracy()).addTrainingListeners(TrainingListener.Defaults.logging());
 * config.addTrainingListeners(DjlCapture.feeding(recorder).optConfig(config).optHyperparameter("batch_size", 32));
 * }</pre>
 */
public final class DjlCapture implements TrainingListener {
    private final RunListener target;
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private TrainingConfig config;
    private String validationDataset = "validation";
    private int logEvery = 1;

    private long step;
    private int epochs;
    private Map<String, Double> trainEpoch = Map.of();
    private Map<String, Double> validateEpoch = Map.of();

    private DjlCapture(RunListener target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** A listener that sends everything it sees to {@code target}, usually a {@code CardRecorder}. */
    public static DjlCapture feeding(RunListener target) {
        return new DjlCapture(target);
    }

    /** Reads the optimizer and initializers from {@code trainingConfig}: a DJL trainer does not expose them. */
    public DjlCapture optConfig(TrainingConfig trainingConfig) {
        this.config = trainingConfig;
        return this;
    }

    /** Adds a hyperparameter DJL cannot know, such as {@code batch_size} or {@code epochs}; nested maps are kept. */
    public DjlCapture optHyperparameter(String name, Object value) {
        extra.put(Objects.requireNonNull(name, "name"), value);
        return this;
    }

    /** Names the dataset the trainer validates on in the card; "validation" when not set. */
    public DjlCapture optValidationDataset(String name) {
        this.validationDataset = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Logs every {@code batches}-th training batch (every one when not set); epoch logs are always sent. */
    public DjlCapture optLogEvery(int batches) {
        if (batches < 1) {
            throw new IllegalArgumentException("log interval must be at least 1 batch, was " + batches);
        }
        this.logEvery = batches;
        return this;
    }

    /** Training batches seen so far: the step of every event this listener sends. */
    public synchronized long step() {
        return step;
    }

    @Override
    public synchronized void onTrainingBegin(Trainer trainer) {
        step = 0;
        epochs = 0;
        target.onRunStarted(new RunStarted(trainer.getModel().getName(), null, List.of(), Map.of()));
        target.onTrainingStarted(new TrainingStarted(DjlTrainerSettings.of(trainer, config, extra),
                DjlTrainerSettings.defaults(config)));
        target.onCitations(DjlCitations.of(config));
    }

    @Override
    public synchronized void onTrainingBatch(Trainer trainer, BatchData batchData) {
        step++;
        trainEpoch = EvaluatorValues.read(trainer, EvaluatorTrainingListener.TRAIN_EPOCH);
        if (step % logEvery != 0) {
            return;
        }
        Map<String, Double> values = EvaluatorValues.read(trainer, EvaluatorTrainingListener.TRAIN_ALL);
        if (!values.isEmpty()) {
            Map<String, Double> named = EvaluatorValues.named(trainer, EvaluatorTrainingListener.TRAIN_ALL, values);
            target.onMetricsLogged(new MetricsLogged(step, epochAt(batchData), named));
        }
    }

    @Override
    public synchronized void onValidationBatch(Trainer trainer, BatchData batchData) {
        validateEpoch = EvaluatorValues.read(trainer, EvaluatorTrainingListener.VALIDATE_EPOCH);
    }

    /**
     * Sends the epoch's values remembered from its last batches: DJL's evaluator listener may already have reset the
     * accumulators in its own {@code onEpoch}, which runs before this one.
     */
    @Override
    public synchronized void onEpoch(Trainer trainer) {
        epochs++;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.putAll(EvaluatorValues.named(trainer, EvaluatorTrainingListener.TRAIN_EPOCH, trainEpoch));
        metrics.putAll(EvaluatorValues.named(trainer, EvaluatorTrainingListener.VALIDATE_EPOCH, validateEpoch));
        if (!metrics.isEmpty()) {
            target.onMetricsLogged(new MetricsLogged(step, (double) epochs, metrics));
        }
        if (!validateEpoch.isEmpty()) {
            target.onEvaluated(validation(trainer));
        }
        trainEpoch = Map.of();
        validateEpoch = Map.of();
    }

    @Override
    public synchronized void onTrainingEnd(Trainer trainer) {
        target.onTrainingEnded(new TrainingEnded(step));
    }

    private Evaluated validation(Trainer trainer) {
        Loss loss = trainer.getLoss();
        String lossName = loss == null ? null : loss.getName();
        String primary = validateEpoch.keySet().stream().filter(n -> !n.equals(lossName)).findFirst().orElse(lossName);
        Map<String, Boolean> directions = lossName != null && validateEpoch.containsKey(lossName)
                ? Map.of(lossName, false) : Map.of();
        return Evaluated.of(step, "DJL evaluators", validationDataset, "validation", validateEpoch)
                .withPrimary(primary)
                .withHigherIsBetter(directions);
    }

    /** Completed epochs plus the fraction of this one, when the batch knows its place in the epoch. */
    private Double epochAt(BatchData batchData) {
        Batch batch = batchData == null ? null : batchData.getBatch();
        if (batch == null || batch.getProgressTotal() <= 0) {
            return (double) epochs;
        }
        return epochs + (double) batch.getProgress() / batch.getProgressTotal();
    }
}
