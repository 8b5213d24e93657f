package io.modelcards.capture.energy;

/**
 * The power figure the estimate uses for one CPU.
 *
 * @param model         the model name from the table, or the reported model string when it is not in the table
 * @param tdpWatts      package TDP from the table, or null for an unknown model
 * @param cores         physical cores per package from the table, or null for an unknown model
 * @param wattsPerCore  TDP divided by cores, or {@link CpuPowerTable#FALLBACK_WATTS_PER_CORE} for an unknown model
 * @param fromTable     whether a table row matched
 */
public record CpuPower(String model, Double tdpWatts, Integer cores, double wattsPerCore, boolean fromTable) {}
