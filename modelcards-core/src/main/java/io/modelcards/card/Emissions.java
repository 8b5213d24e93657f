package io.modelcards.card;

/**
 * The {@code co2_eq_emissions} block in the Hugging Face shape: grams of CO2-equivalent and how they were obtained.
 *
 * @param emissions           grams of CO2eq emitted by training
 * @param source              what produced the figure (a tool, a method, a paper)
 * @param trainingType        e.g. "pre-training" or "fine-tuning"
 * @param geographicalLocation where the compute ran
 * @param hardwareUsed        the hardware, e.g. "1 x Intel Xeon 8375C"
 */
public record Emissions(Double emissions, String source, String trainingType, String geographicalLocation, String hardwareUsed) {}
