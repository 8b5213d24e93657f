package io.modelcards.card;

import java.util.Map;

/**
 * Energy used by training and the emissions it caused, with the method and inputs that produced the figures.
 *
 * @param method      how the figures were obtained, e.g. "rapl" (measured) or "estimate" (TDP × utilisation × time)
 * @param kwh         energy in kilowatt-hours
 * @param co2Grams    emissions in grams of CO2-equivalent
 * @param hardwareType hardware description
 * @param hoursUsed   hours of compute
 * @param inputs      the inputs to the method (TDP, utilisation, grid intensity and their sources)
 * @param uncertainty relative uncertainty of the figures, e.g. 0.3 for ±30 %, or null
 */
public record Energy(String method, Double kwh, Double co2Grams, String hardwareType, Double hoursUsed,
                     Map<String, Object> inputs, Double uncertainty) {
    public Energy {
        inputs = Lists.copy(inputs);
    }
}
