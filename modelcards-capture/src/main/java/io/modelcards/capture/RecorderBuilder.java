package io.modelcards.capture;

import io.modelcards.capture.internal.curve.CurveBuilder;
import io.modelcards.card.Citation;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link CardRecorder}, in DJL's convention: {@code setX} for what is required, {@code optX} for what has a
 * default. Only the model name is required.
 */
public final class RecorderBuilder {
    String modelName;
    String modelType;
    String taskType;
    String taskName;
    long seed;
    int resamples = 1000;
    double confidenceLevel = 0.95;
    int curvePoints = CurveBuilder.DEFAULT_MAX_POINTS;
    int storeCapacity = 2048;
    final List<DatasetInfo> datasets = new ArrayList<>();
    final Map<String, Object> config = new LinkedHashMap<>();
    final List<Citation> citations = new ArrayList<>();
    ModelCard previous;

    RecorderBuilder() {}

    /** The model's id or display name (required). */
    public RecorderBuilder setModelName(String name) {
        this.modelName = name;
        return this;
    }

    /** The kind of model, e.g. "text classifier". */
    public RecorderBuilder optModelType(String type) {
        this.modelType = type;
        return this;
    }

    /** The Hugging Face task type (e.g. "text-classification"); without it results stay out of model-index. */
    public RecorderBuilder optTaskType(String type) {
        this.taskType = type;
        return this;
    }

    /** A display name for the task in model-index. */
    public RecorderBuilder optTaskName(String name) {
        this.taskName = name;
        return this;
    }

    /** The seed of the bootstrap that computes confidence intervals (default 0). */
    public RecorderBuilder optSeed(long value) {
        this.seed = value;
        return this;
    }

    /** Bootstrap resamples per confidence interval (default 1000). */
    public RecorderBuilder optBootstrapResamples(int value) {
        this.resamples = value;
        return this;
    }

    /** Confidence level of the intervals (default 0.95). */
    public RecorderBuilder optConfidenceLevel(double value) {
        this.confidenceLevel = value;
        return this;
    }

    /** At most this many points per metric in the card's curve (default 500). */
    public RecorderBuilder optCurvePoints(int value) {
        this.curvePoints = value;
        return this;
    }

    /** Points kept per metric in memory while recording (default 2048; a multiple of 4). */
    public RecorderBuilder optStoreCapacity(int value) {
        this.storeCapacity = value;
        return this;
    }

    /** A dataset the model sees. */
    public RecorderBuilder optDataset(DatasetInfo dataset) {
        datasets.add(dataset);
        return this;
    }

    /** A configuration value (nested values are flattened); it joins the hyperparameters. */
    public RecorderBuilder optConfig(String name, Object value) {
        config.put(name, value);
        return this;
    }

    /** A work to cite. */
    public RecorderBuilder optCitation(Citation citation) {
        citations.add(citation);
        return this;
    }

    /**
     * The card of this model's previous run (read with {@code CardReader}): {@link CardRecorder#toCard()} then merges
     * the new capture into it, keeping what people wrote and flagging the text whose facts changed
     * ({@code io.modelcards.merge.CardMerge}). It must describe the model named by {@link #setModelName}.
     */
    public RecorderBuilder optPrevious(ModelCard card) {
        this.previous = card;
        return this;
    }

    /**
     * The recorder; fails when the model name is missing, a numeric option is out of range, or the previous card
     * describes another model.
     */
    public CardRecorder build() {
        if (modelName == null || modelName.isBlank()) {
            throw new IllegalStateException("setModelName is required: name the model the card describes");
        }
        if (curvePoints < 8 || storeCapacity < 8 || storeCapacity % 4 != 0) {
            throw new IllegalStateException("optCurvePoints needs >= 8 and optStoreCapacity a multiple of 4 >= 8");
        }
        if (resamples < 1 || !(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalStateException("optBootstrapResamples needs >= 1 and optConfidenceLevel a value in (0, 1)");
        }
        String previousName = previous == null ? null : Facts.modelName(previous);
        if (previousName != null && !previousName.equals(modelName)) {
            throw new IllegalStateException("optPrevious is the card of \"" + previousName + "\", not of \""
                    + modelName + "\": pass the previous card of the model this run trains");
        }
        return new CardRecorder(this);
    }
}
