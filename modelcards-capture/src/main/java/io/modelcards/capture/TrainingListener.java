package io.modelcards.capture;

/**
 * Receives the lifecycle of a training run; every method does nothing by default, so an adapter overrides only the
 * events its trainer produces. {@link CardRecorder} implements it, and trainer adapters (Tribuo, DJL) feed one.
 *
 * <p>Events arrive in trainer order: init, train begin, then logs, evaluations and checkpoints interleaved, and
 * train end. Implementations must accept calls from several threads.
 */
public interface TrainingListener {

    /** The run starts: what model is trained, on which datasets, with which configuration. */
    default void onInit(RunInit init) {}

    /** Training starts with these hyperparameters, against the trainer's declared defaults. */
    default void onTrainBegin(TrainBegin begin) {}

    /** Metrics were logged at a step. */
    default void onLog(LogEvent event) {}

    /** An evaluator measured the model on a dataset. */
    default void onEvaluate(Evaluated evaluated) {}

    /** A checkpoint was saved. */
    default void onCheckpoint(Checkpoint checkpoint) {}

    /** Training ended. */
    default void onTrainEnd(TrainEnd end) {}
    /** Works to cite for components the run used (the library, algorithms, objectives); duplicates are merged later. */
    default void onCite(java.util.List<io.modelcards.card.Citation> works) {}
}
