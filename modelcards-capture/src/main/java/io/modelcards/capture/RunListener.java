package io.modelcards.capture;

import io.modelcards.card.Citation;
import java.util.List;

/**
 * Receives the events of a training run; every method does nothing by default, so an adapter overrides only the
 * events its trainer produces. {@link CardRecorder} implements it, and trainer adapters (Tribuo, DJL) feed one.
 *
 * <p>Events arrive in trainer order: run started, training started, then metrics logged, evaluations and checkpoints
 * interleaved, and training ended. Implementations must accept calls from several threads.
 */
public interface RunListener {

    /** The run started: what model is trained, on which datasets, with which configuration. */
    default void onRunStarted(RunStarted started) {}

    /** Training started with these hyperparameters, against the trainer's declared defaults. */
    default void onTrainingStarted(TrainingStarted started) {}

    /** Metrics were logged at a step. */
    default void onMetricsLogged(MetricsLogged logged) {}

    /** An evaluator measured the model on a dataset. */
    default void onEvaluated(Evaluated evaluated) {}

    /** A checkpoint was saved. */
    default void onCheckpointSaved(CheckpointSaved saved) {}

    /** Training ended. */
    default void onTrainingEnded(TrainingEnded ended) {}

    /** The trained model was saved; its content hash identifies it on the card. */
    default void onModelSaved(ModelSaved saved) {}

    /** Works to cite for components the run used (the library, algorithms, objectives); duplicates are merged later. */
    default void onCitations(List<Citation> works) {}
}
