package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The {@code co2_eq_emissions} block in the Hugging Face shape: grams of CO2-equivalent and how they were obtained.
 *
 * <p>{@link EmissionsBuilder} builds one by naming each value; {@code withSource(…)} and the other withers change one value.
 *
 * @param emissions           grams of CO2eq emitted by training
 * @param source              what produced the figure (a tool, a method, a paper)
 * @param trainingType        e.g. "pre-training" or "fine-tuning"
 * @param geographicalLocation where the compute ran
 * @param hardwareUsed        the hardware, e.g. "1 x Intel Xeon 8375C"
 */
@RecordBuilder
public record Emissions(Double emissions, String source, String trainingType, String geographicalLocation, String hardwareUsed)
        implements EmissionsBuilder.With {}
