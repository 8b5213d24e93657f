package io.modelcards.capture;

import io.modelcards.capture.citation.Citations;
import io.modelcards.capture.internal.curve.CurveBuilder;
import io.modelcards.capture.internal.curve.CurveStore;
import io.modelcards.capture.internal.evaluation.Bootstrap;
import io.modelcards.capture.internal.evaluation.EvaluationStore;
import io.modelcards.capture.internal.evaluation.ModelIndex;
import io.modelcards.capture.internal.hyperparameters.HyperparameterCapture;
import io.modelcards.capture.internal.redaction.Secrets;
import io.modelcards.card.Citation;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.merge.CardMerge;
import io.modelcards.merge.MergeOptions;
import io.modelcards.merge.MergeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records a training run and turns it into a {@link ModelCard}. Thread-safe: every hook takes one lock, and the
 * hot path ({@link #log}) allocates nothing once a metric's series exists. Memory is bounded whatever the number of
 * events (see {@link io.modelcards.capture.internal.curve.Series}). Every captured string passes
 * {@link Secrets}, so secrets in names, URIs and configuration never reach the card.
 *
 * <p>Build one with {@link #builder()}; feed it from a loop or through {@link RunListener}.
 */
public final class CardRecorder implements RunListener {
    private final Object lock = new Object();
    private final String taskType;
    private final String taskName;
    private final int curvePoints;
    private final CurveStore curve;
    private final EvaluationStore evaluations;
    private final Citations citations = new Citations();

    private String modelName;
    private String modelType;
    private final List<DatasetInfo> datasets = new ArrayList<>();
    private final Map<String, Object> config = new LinkedHashMap<>();
    private final Map<String, Object> hyperparameters = new LinkedHashMap<>();
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private boolean initialised;
    private boolean trainBegun;
    private boolean logged;
    private long endStep = -1;
    private String artifact;
    private final ModelCard previous;

    CardRecorder(RecorderBuilder b) {
        modelName = b.modelName;
        modelType = b.modelType;
        taskType = b.taskType;
        taskName = b.taskName;
        curvePoints = b.curvePoints;
        curve = new CurveStore(b.storeCapacity);
        evaluations = new EvaluationStore(new Bootstrap(b.resamples, b.confidenceLevel, b.seed));
        datasets.addAll(b.datasets);
        config.putAll(b.config);
        b.citations.forEach(c -> citations.add(c == null ? null : Scrubbing.citation(c)));
        initialised = !b.datasets.isEmpty() || !b.config.isEmpty();
        previous = b.previous;
    }

    /** A builder; {@link RecorderBuilder#setModelName} is required. */
    public static RecorderBuilder builder() {
        return new RecorderBuilder();
    }

    @Override
    public void onRunStarted(RunStarted started) {
        synchronized (lock) {
            if (started.modelName() != null) {
                modelName = started.modelName();
            }
            if (started.modelType() != null) {
                modelType = started.modelType();
            }
            datasets.addAll(started.datasets());
            config.putAll(started.config());
            initialised = true;
        }
    }

    @Override
    public void onTrainingStarted(TrainingStarted started) {
        synchronized (lock) {
            hyperparameters.putAll(started.hyperparameters());
            defaults.putAll(started.defaults());
            trainBegun = true;
        }
    }

    /** Shorthand for {@link #onTrainingStarted} with values and the trainer's declared defaults. */
    public void trainingStarted(Map<String, ?> values, Map<String, ?> declaredDefaults) {
        onTrainingStarted(new TrainingStarted(values, declaredDefaults));
    }

    @Override
    public void onMetricsLogged(MetricsLogged logged) {
        log(logged.step(), logged.epoch(), logged.metrics());
    }

    /** Records metrics logged at {@code step}; {@code epoch} may be null. */
    public void log(long step, Double epoch, Map<String, Double> metrics) {
        double e = epoch == null ? Double.NaN : epoch;
        synchronized (lock) {
            curve.add(step, e, metrics);
            logged = true;
        }
    }

    /** Records one metric value at {@code step}. */
    public void log(long step, String metric, double value) {
        synchronized (lock) {
            curve.add(metric, step, Double.NaN, value);
            logged = true;
        }
    }

    @Override
    public void onEvaluated(Evaluated evaluated) {
        synchronized (lock) {
            evaluations.add(evaluated);
        }
    }

    @Override
    public void onCheckpointSaved(CheckpointSaved saved) {
        checkpoint(saved.step(), saved.best());
    }

    /** Records a checkpoint at {@code step}; {@code best} keeps the values logged there exactly. */
    public void checkpoint(long step, boolean best) {
        synchronized (lock) {
            curve.checkpoint(step, best);
        }
    }

    @Override
    public void onTrainingEnded(TrainingEnded ended) {
        synchronized (lock) {
            endStep = ended.step();
        }
    }

    @Override
    public void onModelSaved(ModelSaved saved) {
        synchronized (lock) {
            artifact = saved.contentHash();
        }
    }

    /** Records the model saved at {@code file} as the card's artifact, by the SHA-256 of its bytes. */
    public void modelSaved(Path file) throws IOException {
        onModelSaved(ModelSaved.of(file));
    }

    @Override
    public void onCitations(List<Citation> works) {
        cite(works.toArray(Citation[]::new));
    }

    /** Adds works to cite; duplicates by key or title are merged into one entry. */
    public void cite(Citation... works) {
        synchronized (lock) {
            for (Citation c : works) {
                citations.add(c == null ? null : Scrubbing.citation(c));
            }
        }
    }

    /** The step training ended at, or -1 before {@link #onTrainingEnded}. */
    public long endStep() {
        synchronized (lock) {
            return endStep;
        }
    }

    /**
     * The card so far: every captured section, each with provenance {@code Origin.Auto("capture:<what>")}; with a
     * previous card ({@link RecorderBuilder#optPrevious}), the capture merged into it (see {@link #toMerge()}).
     */
    public ModelCard toCard() {
        return previous == null ? captured() : toMerge().card();
    }

    /**
     * The capture merged into the previous card, with every decision and the warnings of the merge (a person's text kept
     * over a new captured value, a captured field the run no longer has); without a previous card, the capture alone.
     */
    public MergeResult toMerge() {
        ModelCard captured = captured();
        if (previous == null) {
            return new MergeResult(captured, List.of(), List.of());
        }
        try {
            return CardMerge.merge(captured, previous, MergeOptions.DEFAULT);
        } catch (InvalidInputException e) {
            // RecorderBuilder.build() refused a previous card of another model, the only refusal a merge makes.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ModelCard captured() {
        synchronized (lock) {
            return CardAssembly.assemble(this);
        }
    }

    // Snapshot accessors for CardAssembly, called under the lock.
    String modelName() { return Secrets.scrub(modelName); }
    String modelType() { return Secrets.scrub(modelType); }
    String artifact() { return artifact; }
    String taskType() { return taskType; }
    String taskName() { return taskName; }
    boolean initialised() { return initialised; }
    boolean trainBegun() { return trainBegun || !config.isEmpty(); }
    boolean logged() { return logged; }

    List<DatasetInfo> datasets() {
        return datasets.stream().filter(Objects::nonNull).map(Scrubbing::dataset).toList();
    }

    Hyperparameters hyperparameters() {
        Map<String, Object> values = new LinkedHashMap<>(config);
        values.putAll(hyperparameters);
        Map<String, Object> declared = new LinkedHashMap<>(defaults);
        return HyperparameterCapture.capture(values, declared);
    }

    List<LogEntry> log() { return CurveBuilder.log(curve, curvePoints); }
    List<QuantitativeResult> results() { return evaluations.results(); }
    List<EvalResult> evalResults(List<QuantitativeResult> results) {
        return ModelIndex.evalResults(results, taskType, taskName);
    }
    List<Citation> citations() { return citations.list(); }
}
