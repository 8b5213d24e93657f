package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * How the model was trained (HF "Training Details", "Environmental Impact" and "Technical Specifications").
 *
 * <p>{@link TrainingBuilder} builds one by naming each value; {@code withProcedure(…)} and the other withers change one value.
 *
 * @param trainingData    Markdown describing the training data
 * @param preprocessing   Markdown describing preprocessing
 * @param procedure       Markdown describing the training procedure
 * @param hyperparameters every hyperparameter, the non-default subset, and what was redacted
 * @param speedsSizesTimes Markdown: throughput, start/end time, checkpoint size
 * @param log             the training curve: one row per logged step
 * @param environment     hardware and software the model was trained on
 * @param energy          energy used and emissions, with the method that produced them
 * @param compute         Markdown of "Compute Infrastructure" (hardware and software) when written by hand
 */
@RecordBuilder
public record Training(
        String trainingData,
        String preprocessing,
        String procedure,
        Hyperparameters hyperparameters,
        String speedsSizesTimes,
        List<LogEntry> log,
        Environment environment,
        Energy energy,
        String compute) implements TrainingBuilder.With {

    public static final Training EMPTY = TrainingBuilder.builder().build();

    public Training {
        hyperparameters = hyperparameters == null ? Hyperparameters.EMPTY : hyperparameters;
        log = Lists.copy(log);
    }
}
