package io.modelcards.capture.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledTablesTest {

    @Test
    void theCpuTableLoadsWithSourcesInItsHeader() {
        CpuPowerTable table = CpuPowerTable.bundled();

        assertThat(table.size()).isGreaterThanOrEqualTo(20);
        assertThat(table.sources()).anySatisfy(s -> assertThat(s).contains("ark.intel.com"))
                .anySatisfy(s -> assertThat(s).contains("amd.com"));
    }

    @Test
    void theGridTableLoadsWithSourcesAndAYearOnEveryRow() {
        GridIntensityTable table = GridIntensityTable.bundled();

        assertThat(table.sources()).anySatisfy(s -> assertThat(s).contains("Ember"));
        assertThat(table.rows().values()).hasSizeGreaterThan(60)
                .allSatisfy(row -> assertThat(row.year()).isBetween(2020, 2030))
                .allSatisfy(row -> assertThat(row.gramsPerKwh()).isBetween(0.0, 1500.0));
    }

    @Test
    void theFallbackWattsPerCoreLiesInsideTheTablesInterquartileRange() {
        List<Double> sorted = CpuPowerTable.bundled().wattsPerCoreOfRows().stream().sorted().toList();
        double q1 = sorted.get(sorted.size() / 4);
        double q3 = sorted.get(sorted.size() * 3 / 4);

        assertThat(CpuPowerTable.FALLBACK_WATTS_PER_CORE).isBetween(q1, q3);
    }

    @Test
    void aCpuModelStringAsTheOsReportsItFindsItsRow() {
        CpuPower power = CpuPowerTable.bundled().lookup("AMD EPYC 7763 64-Core Processor");

        assertThat(power.fromTable()).isTrue();
        assertThat(power.tdpWatts()).isEqualTo(280.0);
        assertThat(power.cores()).isEqualTo(64);
    }

    @Test
    void aSuffixedVariantDoesNotTakeTheRowOfItsBaseModel() {
        assertThat(CpuPowerTable.bundled().lookup("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz").fromTable()).isFalse();
    }

    @Test
    void aRegionIsFoundByAlpha3Alpha2NameOrCloudKeyIgnoringCase() {
        GridIntensityTable table = GridIntensityTable.bundled();

        assertThat(table.lookup("fra").gramsPerKwh()).isEqualTo(56.0);
        assertThat(table.lookup("FR").region()).isEqualTo("FRA");
        assertThat(table.lookup("france").region()).isEqualTo("FRA");
        assertThat(table.lookup("GCP:europe-west9").gramsPerKwh()).isEqualTo(56.0);
    }

    @Test
    void everyCloudRegionTakesTheFigureOfItsCountry() {
        GridIntensityTable table = GridIntensityTable.bundled();

        assertThat(table.lookup("azure:westeurope").gramsPerKwh()).isEqualTo(table.lookup("NLD").gramsPerKwh());
        assertThat(table.lookup("aws:us-east-1").year()).isEqualTo(table.lookup("USA").year());
    }

    @Test
    void anUnknownOrMissingRegionGetsTheWorldAverageMarkedAsFallback() {
        GridIntensityTable table = GridIntensityTable.bundled();

        assertThat(table.lookup("mars-north-1")).satisfies(g -> {
            assertThat(g.region()).isEqualTo(GridIntensityTable.FALLBACK_REGION);
            assertThat(g.fromTable()).isFalse();
            assertThat(g.gramsPerKwh()).isEqualTo(486.0);
        });
        assertThat(table.lookup(null).fromTable()).isFalse();
    }
}
