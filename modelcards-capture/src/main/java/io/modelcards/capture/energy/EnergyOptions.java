package io.modelcards.capture.energy;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of an energy measurement. Null fields mean "detect": the CPU model and cores from the machine, the
 * region falls back to the world average.
 *
 * @param region        grid region: a country ("FR", "FRA", "France") or a cloud region ("aws:eu-west-3")
 * @param trainingType  the HF {@code training_type}, e.g. "pre-training" or "fine-tuning"
 * @param cpuModel      CPU model string to look up in the TDP table
 * @param logicalCores  logical cores available to the run, for the utilisation figure
 * @param powercapRoot  where the RAPL zones live, normally {@code /sys/class/powercap}
 * @param samplePeriod  how often running RAPL counters are read so that no wrap-around is missed; zero disables
 */
public record EnergyOptions(String region, String trainingType, String cpuModel, Integer logicalCores,
                            Path powercapRoot, Duration samplePeriod) {

    /** Linux's powercap sysfs directory. */
    public static final Path SYS_POWERCAP = Path.of("/sys/class/powercap");

    /**
     * One minute: the smallest RAPL counter range seen in practice (about 262 kJ) takes over 14 minutes to wrap
     * even at 300 W, so a reading every minute cannot miss a wrap.
     */
    public static final Duration DEFAULT_SAMPLE_PERIOD = Duration.ofMinutes(1);

    /** Detect everything, read RAPL from {@link #SYS_POWERCAP}, no region (world average). */
    public static EnergyOptions defaults() {
        return new EnergyOptions(null, null, null, null, SYS_POWERCAP, DEFAULT_SAMPLE_PERIOD);
    }

    public EnergyOptions withRegion(String value) {
        return new EnergyOptions(value, trainingType, cpuModel, logicalCores, powercapRoot, samplePeriod);
    }

    public EnergyOptions withTrainingType(String value) {
        return new EnergyOptions(region, value, cpuModel, logicalCores, powercapRoot, samplePeriod);
    }

    public EnergyOptions withCpuModel(String value) {
        return new EnergyOptions(region, trainingType, value, logicalCores, powercapRoot, samplePeriod);
    }

    public EnergyOptions withLogicalCores(Integer value) {
        return new EnergyOptions(region, trainingType, cpuModel, value, powercapRoot, samplePeriod);
    }

    public EnergyOptions withPowercapRoot(Path value) {
        return new EnergyOptions(region, trainingType, cpuModel, logicalCores, value, samplePeriod);
    }

    public EnergyOptions withSamplePeriod(Duration value) {
        return new EnergyOptions(region, trainingType, cpuModel, logicalCores, powercapRoot, value);
    }
}
