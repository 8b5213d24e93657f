package io.modelcards.capture.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnergyEstimateTest {
    private static final EnergyOptions XEON_IN_FRANCE = EnergyOptions.defaults()
            .withCpuModel("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz")
            .withLogicalCores(4)
            .withRegion("FR")
            .withTrainingType("fine-tuning");

    private static EnergyReport xeonRun() {
        return EnergyMeter.estimate(XEON_IN_FRANCE, Duration.ofSeconds(120), Duration.ofSeconds(60));
    }

    @Test
    void theEstimateMatchesTheHandComputedFigures() {
        // 300 W / 32 cores = 9.375 W per core; 9.375 W × 120 CPU s = 1125 J = 3.125e-4 kWh; × 56.0 g/kWh = 0.0175 g.
        EnergyReport report = xeonRun();

        assertThat(report.energy().method()).isEqualTo("estimate");
        assertThat(report.energy().kwh()).isCloseTo(3.125e-4, within(1e-15));
        assertThat(report.energy().co2Grams()).isCloseTo(0.0175, within(1e-12));
        assertThat(report.energy().hoursUsed()).isCloseTo(60.0 / 3600, withinPercentage(0.05));
        assertThat(report.energy().uncertainty()).isEqualTo(0.5);
    }

    @Test
    void theInputsStateTdpCoresUtilisationTimesRegionAndSources() {
        var inputs = xeonRun().energy().inputs();

        assertThat(inputs).containsEntry("tdp_watts", 300.0).containsEntry("tdp_cores", 32)
                .containsEntry("watts_per_core", 9.375).containsEntry("logical_cores", 4)
                .containsEntry("cpu_seconds", 120.0).containsEntry("wall_seconds", 60.0)
                .containsEntry("utilisation", 0.5).containsEntry("region", "FRA")
                .containsEntry("grid_gco2eq_per_kwh", 56.0).containsEntry("grid_year", 2023)
                .containsEntry("cpu_table_model", "Intel Xeon Platinum 8375C");
        assertThat(inputs.get("cpu_table_sources")).asList().isNotEmpty();
        assertThat(inputs.get("grid_table_sources")).asList().isNotEmpty();
    }

    @Test
    void theEmissionsBlockTakesTheHuggingFaceShape() {
        var emissions = xeonRun().emissions();

        assertThat(emissions.emissions()).isCloseTo(0.0175, within(1e-12));
        assertThat(emissions.source()).isEqualTo("modelcards estimate");
        assertThat(emissions.trainingType()).isEqualTo("fine-tuning");
        assertThat(emissions.geographicalLocation()).isEqualTo("France");
        assertThat(emissions.hardwareUsed()).isEqualTo("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (4 logical cores)");
    }

    @Test
    void anUnknownCpuUsesTheDocumentedFallbackWattsPerCore() {
        EnergyReport report = EnergyMeter.estimate(XEON_IN_FRANCE.withCpuModel("Imaginary CPU 9000"),
                Duration.ofSeconds(10), Duration.ofSeconds(10));

        // 7.5 W × 10 s = 75 J
        assertThat(report.energy().kwh()).isCloseTo(75 / 3.6e6, withinPercentage(0.05));
        assertThat(report.energy().inputs()).containsEntry("watts_per_core", CpuPowerTable.FALLBACK_WATTS_PER_CORE)
                .containsEntry("cpu_table_model", "none (fallback watts per core)")
                .containsEntry("tdp_watts", null);
    }

    @Test
    void anUnknownRegionUsesTheWorldAverageAndSaysSo() {
        EnergyReport report = EnergyMeter.estimate(XEON_IN_FRANCE.withRegion("atlantis"),
                Duration.ofSeconds(120), Duration.ofSeconds(60));

        // 3.125e-4 kWh × 486.0 g/kWh
        assertThat(report.energy().co2Grams()).isCloseTo(0.151875, withinPercentage(0.05));
        assertThat(report.energy().inputs()).containsEntry("region_requested", "atlantis")
                .containsEntry("region", "WORLD (fallback: region unknown)");
        assertThat(report.emissions().geographicalLocation()).isEqualTo("unknown (world average intensity used)");
    }

    @Test
    void withoutCpuTimeFullUseOfEveryLogicalCoreIsAssumedAndStated() {
        EnergyReport report = EnergyMeter.estimate(XEON_IN_FRANCE, null, Duration.ofSeconds(10));

        // 4 cores × 10 s × 9.375 W = 375 J
        assertThat(report.energy().kwh()).isCloseTo(375 / 3.6e6, withinPercentage(0.05));
        assertThat(report.energy().inputs()).containsKey("cpu_seconds_assumed").containsEntry("utilisation", 1.0);
    }

    @Test
    void figuresCarryNoMoreThanFourSignificantDigits() {
        assertThat(Footprint.significant(0.0006075000000000001)).isEqualTo(6.075e-4);
        assertThat(Footprint.significant(1.0 / 3)).isEqualTo(0.3333);
        assertThat(Footprint.significant(0.0)).isEqualTo(0.0);
    }
}
