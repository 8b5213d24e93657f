package io.modelcards.capture.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaplTest {
    @TempDir Path dir;

    @Test
    void packageAndDramZonesAreMeasuredAndCoreAndPsysZonesAreSkipped() throws IOException {
        FakePowercap fake = new FakePowercap(dir)
                .zone("intel-rapl:0", "package-0", 1_000_000, 100)
                .zone("intel-rapl:0:0", "core", 1_000_000, 100)
                .zone("intel-rapl:0:1", "dram", 1_000_000, 100)
                .zone("intel-rapl:1", "psys", 1_000_000, 100);
        Rapl rapl = Rapl.open(dir).orElseThrow();
        fake.set("intel-rapl:0", "3100");
        fake.set("intel-rapl:0:0", "900100");
        fake.set("intel-rapl:0:1", "600");
        fake.set("intel-rapl:1", "900100");

        rapl.sample();

        assertThat(rapl.zoneNames()).containsExactly("package-0", "dram");
        assertThat(rapl.joules()).isCloseTo(0.0035, within(1e-12));
    }

    @Test
    void aCounterThatPassedItsMaximumIsCountedAsAWrapAround() throws IOException {
        FakePowercap fake = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1_000_000, 990_000);
        Rapl rapl = Rapl.open(dir).orElseThrow();
        fake.set("intel-rapl:0", "10000");

        rapl.sample();

        // (1 000 000 - 990 000) + 10 000 µJ
        assertThat(rapl.joules()).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void anIntermediateSampleCatchesASecondWrapThatTwoReadingsWouldMiss() throws IOException {
        FakePowercap fake = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1000, 900);
        Rapl rapl = Rapl.open(dir).orElseThrow();
        fake.set("intel-rapl:0", "100");
        rapl.sample();
        fake.set("intel-rapl:0", "50");
        rapl.sample();

        // 900 -> wrap -> 100 is 200 µJ; 100 -> wrap -> 50 is 950 µJ.
        assertThat(rapl.joules()).isCloseTo(1150e-6, within(1e-15));
    }

    @Test
    void aZoneWithAnUnparseableCounterIsLeftOut() {
        new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1000, 5).zone("intel-rapl:1", "package-1", 1000, 5);
        new FakePowercap(dir).set("intel-rapl:1", "not a number");

        assertThat(Rapl.open(dir).orElseThrow().zoneNames()).containsExactly("package-0");
    }

    @Test
    void noPowercapDirectoryMeansNoRapl() {
        assertThat(Rapl.open(dir.resolve("absent"))).isEmpty();
        assertThat(Rapl.open(dir)).isEmpty();
    }

    @Test
    void aCounterThatBecomesUnreadableMakesTheSampleFail() {
        FakePowercap fake = new FakePowercap(dir).zone("intel-rapl:0", "package-0", 1000, 5);
        Rapl rapl = Rapl.open(dir).orElseThrow();
        fake.set("intel-rapl:0", "garbage");

        assertThatThrownBy(rapl::sample).isInstanceOf(RuntimeException.class);
    }
}
