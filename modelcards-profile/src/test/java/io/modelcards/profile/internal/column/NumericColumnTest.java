package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.Histogram;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumericColumnTest {
    private static double[] gaussians(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((50 + 10 * r.nextGaussian()) * 1000) / 1000.0;
        }
        return v;
    }

    @Test
    void countIsNonNullValuesAndNullsAreTheRestOfTheRows() {
        Columns c = new Columns("x");
        c.integer(1);
        c.nothing();
        c.integer(2);
        DatasetStatistics.Column s = c.stats(5); // two rows never mentioned the column
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.nulls()).isEqualTo(3);
        assertThat(s.type()).isEqualTo("int");
    }

    @Test
    void meanAndSampleStdMatchATwoPassComputation() {
        double[] v = gaussians(5000, 1);
        Columns c = new Columns("x");
        for (double d : v) {
            c.real(d);
        }
        double mean = Arrays.stream(v).sum() / v.length;
        double ss = Arrays.stream(v).map(d -> (d - mean) * (d - mean)).sum();
        DatasetStatistics.Column s = c.stats(v.length);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.std()).isCloseTo(Math.sqrt(ss / (v.length - 1)), within(1e-9));
        assertThat(s.min()).isEqualTo(Arrays.stream(v).min().getAsDouble());
        assertThat(s.max()).isEqualTo(Arrays.stream(v).max().getAsDouble());
    }

    @Test
    void integerMeanAndStdAreExactEvenForHugeValues() {
        Columns c = new Columns("x");
        long big = 4_000_000_000_000_000_000L;
        c.integer(big);
        c.integer(big + 2);
        DatasetStatistics.Column s = c.stats(2);
        assertThat(s.mean()).isEqualTo((double) (big + 1));
        assertThat(s.std()).isEqualTo(Math.sqrt(2));
    }

    @Test
    void integerSumsBeyondSixtyFourAndOneHundredTwentyEightBitsStayExact() {
        Columns c = new Columns("x");
        long big = 4_000_000_000_000_000_000L;
        for (int i = 0; i < 12; i++) {
            c.integer(i % 2 == 0 ? big : big + 2); // the sum passes 2^63 and the sum of squares 2^127
        }
        DatasetStatistics.Column s = c.stats(12);
        assertThat(s.mean()).isEqualTo((double) (big + 1));
        assertThat(s.std()).isEqualTo(Math.sqrt(12.0 / 11));
    }

    @Test
    void stdIsNullBelowTwoValues() {
        Columns c = new Columns("x");
        c.integer(7);
        assertThat(c.stats(1).std()).isNull();
        assertThat(c.stats(1).mean()).isEqualTo(7.0);
    }

    @Test
    void exactQuantilesAreTheSmallestValuesReachingEachRank() {
        double[] v = gaussians(3001, 2);
        Columns c = new Columns("x");
        for (double d : v) {
            c.real(Math.rint(d)); // about 70 distinct values: within the exact bound
        }
        double[] sorted = Arrays.stream(v).map(Math::rint).sorted().toArray();
        DatasetStatistics.Column s = c.stats(v.length);
        for (int p : Spread.PERCENTS) {
            assertThat(s.quantiles().get("p" + p)).as("p" + p).isEqualTo(Columns.quantile(sorted, p));
        }
        assertThat(s.quantiles()).containsOnlyKeys("p1", "p5", "p25", "p50", "p75", "p95", "p99");
        assertThat(s.histogram().exact()).isTrue();
    }

    @Test
    void quantilesBeyondTheExactBoundAreWithinTheStatedRankError() {
        double[] v = gaussians(200_000, 3);
        Columns c = new Columns("x");
        for (double d : v) {
            c.real(d);
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        DatasetStatistics.Column s = c.stats(v.length);
        double eps = ColumnAccuracy.accuracy(ColumnSettings.defaults()).quantileRankError();
        for (int p : Spread.PERCENTS) {
            double q = s.quantiles().get("p" + p);
            double rank = (double) upperRank(sorted, q) / sorted.length;
            assertThat(rank).as("p" + p).isCloseTo(p / 100.0, within(eps));
        }
        assertThat(s.histogram().exact()).isFalse();
    }

    private static int upperRank(double[] sorted, double q) {
        int i = Arrays.binarySearch(sorted, q);
        while (i + 1 < sorted.length && sorted[i + 1] == q) {
            i++;
        }
        return i + 1;
    }

    @Test
    void histogramHasEqualWidthBinsFromMinToMaxWithTheLastBinClosed() {
        Columns c = new Columns("x");
        for (int i = 0; i <= 100; i++) {
            c.real(i / 10.0); // 0.0 … 10.0
        }
        Histogram h = c.stats(101).histogram();
        assertThat(h.edges()).hasSize(21);
        assertThat(h.edges().get(0)).isEqualTo(0.0);
        assertThat(h.edges().get(20)).isEqualTo(10.0);
        long[] expected = new long[20];
        for (int i = 0; i <= 100; i++) {
            expected[Math.min(19, (int) Math.floor(i / 5.0 + 1e-9))]++;
        }
        assertThat(h.counts()).containsExactlyElementsOf(Arrays.stream(expected).boxed().toList());
        assertThat(h.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(101);
    }

    @Test
    void anIntColumnWithFewValuesGetsOneBarPerInteger() {
        Columns c = new Columns("label");
        int[] perClass = {5, 0, 3, 7};
        for (int k = 0; k < perClass.length; k++) {
            for (int i = 0; i < perClass[k]; i++) {
                c.integer(k);
            }
        }
        Histogram h = c.stats(15).histogram();
        assertThat(h.edges()).containsExactly(-0.5, 0.5, 1.5, 2.5, 3.5);
        assertThat(h.counts()).containsExactly(5L, 0L, 3L, 7L);
    }

    @Test
    void distinctIsExactWithinTheBound() {
        Columns c = new Columns("x");
        for (int i = 0; i < 30_000; i++) {
            c.integer(i % 12_345);
        }
        DatasetStatistics.Column s = c.stats(30_000);
        assertThat(s.distinct()).isEqualTo(12_345);
        assertThat(s.distinctExact()).isTrue();
    }

    @Test
    void distinctBeyondTheBoundIsAnEstimateWithinThreeStandardErrors() {
        Columns c = new Columns("x", Columns.small(1000, 1000));
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            c.integer(i * 7L);
        }
        DatasetStatistics.Column s = c.stats(n);
        double rse = ColumnAccuracy.accuracy(ColumnSettings.defaults()).distinctRelativeError();
        assertThat(s.distinctExact()).isFalse();
        assertThat((double) s.distinct()).isCloseTo(n, within(3 * rse * n));
    }

    @Test
    void intOneAndFloatOneAreOneDistinctValueAsAreBothZeros() {
        Columns c = new Columns("x");
        c.integer(1);
        c.real(1.0);
        c.real(0.0);
        c.real(-0.0);
        c.real(Double.NaN);
        c.real(Double.NaN);
        DatasetStatistics.Column s = c.stats(6);
        assertThat(s.distinct()).isEqualTo(3);
        assertThat(s.type()).isEqualTo("float");
        assertThat(s.top()).extracting(DatasetStatistics.TopValue::value).containsExactly("0.0", "1", "nan");
    }

    @Test
    void boolsCountAsZeroAndOneForTheNumbers() {
        Columns c = new Columns("flag");
        for (boolean b : List.of(true, true, false, true)) {
            c.next();
            c.column.boolValue(b);
        }
        DatasetStatistics.Column s = c.stats(4);
        assertThat(s.type()).isEqualTo("bool");
        assertThat(s.mean()).isEqualTo(0.75);
        assertThat(s.top()).extracting(DatasetStatistics.TopValue::value).containsExactly("true", "false");
    }
}
