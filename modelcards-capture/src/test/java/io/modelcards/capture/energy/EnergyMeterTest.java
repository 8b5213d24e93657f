package io.modelcards.capture.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyMeterTest {
    @TempDir Path dir;

    private EnergyOptions options() {
        return EnergyOptions.defaults().withPowercapRoot(dir).withSamplePeriod(Duration.ZERO)
                .withCpuModel("AMD EPYC 7763 64-Core Processor").withLogicalCores(2).withRegion("aws:eu-west-3");
    }

    @Test
    void readableRaplCountersAreMeasuredIncludingAWrapAround() {
        FakePowercap fake = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1_000_000_000L, 999_000_000L)
                .zone("intel-rapl:0:2", "dram", 1_000_000_000L, 0);
        EnergyMeter meter = EnergyMeter.start(options());
        fake.set("intel-rapl:0", "2600000");    // wrapped: 1 000 000 + 2 600 000 µJ = 3.6 J
        fake.set("intel-rapl:0:2", "3600000");  // 3.6 J

        EnergyReport report = meter.stop();

        assertThat(report.energy().method()).isEqualTo("rapl");
        assertThat(report.energy().kwh()).isCloseTo(7.2 / 3.6e6, within(1e-18));
        // 2e-6 kWh × 56.0 g/kWh (aws:eu-west-3 is in France)
        assertThat(report.energy().co2Grams()).isCloseTo(2e-6 * 56.0, within(1e-15));
        assertThat(report.energy().uncertainty()).isEqualTo(0.15);
        assertThat(report.energy().inputs()).containsEntry("measured_joules", 7.2)
                .containsEntry("region", "aws:eu-west-3");
        assertThat(report.emissions().source()).isEqualTo("modelcards rapl");
        assertThat(report.emissions().geographicalLocation()).isEqualTo("AWS Europe (Paris)");
    }

    @Test
    void withoutPowercapTheMeterEstimatesFromProcessCpuTime() {
        EnergyMeter meter = EnergyMeter.start(options().withPowercapRoot(dir.resolve("none")));
        long sink = 0;
        for (int i = 0; i < 5_000_000; i++) sink += Long.hashCode(sink * 31 + i);

        EnergyReport report = meter.stop();

        assertThat(sink).isNotZero();
        assertThat(meter.measuring()).isFalse();
        assertThat(report.energy().method()).isEqualTo("estimate");
        assertThat(report.energy().inputs()).containsEntry("watts_per_core", 280.0 / 64);
        assertThat((Double) report.energy().inputs().get("cpu_seconds")).isPositive();
        assertThat(report.energy().kwh()).isPositive();
    }

    @Test
    void countersThatBecomeUnreadableFallBackToTheEstimate() {
        FakePowercap fake = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1000, 5);
        EnergyMeter meter = EnergyMeter.start(options());
        fake.set("intel-rapl:0", "gone");

        assertThat(meter.stop().energy().method()).isEqualTo("estimate");
    }

    @Test
    void stoppingTwiceReturnsTheSameReport() {
        EnergyMeter meter = EnergyMeter.start(options());

        assertThat(meter.stop()).isSameAs(meter.stop());
        assertThat(meter.report()).containsSame(meter.stop());
    }

    @Test
    void theBackgroundSamplerCountsWrapsBetweenStartAndStop() throws InterruptedException {
        FakePowercap fake = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1000, 900);
        EnergyMeter meter = EnergyMeter.start(options().withSamplePeriod(Duration.ofMillis(20)));
        fake.set("intel-rapl:0", "100");
        // Wait (up to 30 s on a loaded machine) until the sampler has seen the first wrap: 900 -> 100 is 200 µJ.
        for (int i = 0; i < 3000 && meter.joulesSoFar() < 200e-6; i++) Thread.sleep(10);
        assertThat(meter.joulesSoFar()).isCloseTo(200e-6, within(1e-15));
        fake.set("intel-rapl:0", "50");

        EnergyReport report = meter.stop();

        assertThat(report.energy().inputs()).containsEntry("measured_joules", 1150e-6);
    }
}
