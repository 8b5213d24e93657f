package io.modelcards.capture.energy;

/**
 * The carbon intensity of the electricity a run used.
 *
 * @param region       the table key that matched (e.g. "FRA", "aws:eu-west-3"), or "WORLD" for the fallback
 * @param name         readable name of that region
 * @param gramsPerKwh  grams of CO2-equivalent per kilowatt-hour
 * @param year         the data year of the figure
 * @param fromTable    whether the requested region was found (false means the world average was used)
 */
public record GridIntensity(String region, String name, double gramsPerKwh, Integer year, boolean fromTable) {}
