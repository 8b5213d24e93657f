package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distinct counter beyond its exact bound, where hashes go to the HLL sketch as coupons without a second hash:
 * the estimate must keep the sketch's documented error, alone and merged across workers.
 */
class DistinctCounterTest {
    private static final int LG_K = 14;
    private static final double RSE = 1.04 / Math.sqrt(1 << LG_K);

    @ParameterizedTest(name = "{0} distinct ints")
    @ValueSource(ints = {2_000, 150_000, 1_000_000, 3_000_000})
    void theEstimateOfSequentialIntsIsWithinThreeStandardErrors(int n) {
        DistinctCounter counter = new DistinctCounter(1_000, LG_K);
        for (int i = 0; i < n; i++) {
            counter.add(ValueHash.ofLong(i));
            counter.add(ValueHash.ofLong(i)); // a repeat changes nothing
        }
        assertThat(counter.isExact()).isFalse();
        assertThat((double) counter.estimate()).isCloseTo(n, within(3 * RSE * n));
    }

    @ParameterizedTest(name = "{0} distinct floats")
    @ValueSource(ints = {150_000, 1_000_000})
    void theEstimateOfFloatsWithFewDecimalsIsWithinThreeStandardErrors(int n) {
        DistinctCounter counter = new DistinctCounter(1_000, LG_K);
        for (int i = 0; i < n; i++) {
            counter.add(ValueHash.ofDouble(60 + i / 1000.0 + 0.0005));
        }
        assertThat((double) counter.estimate()).isCloseTo(n, within(3 * RSE * n));
    }

    @ParameterizedTest(name = "{0} distinct values over two workers")
    @ValueSource(ints = {150_000, 1_000_000})
    void twoWorkersMergedEstimateLikeOneThatSawEverything(int n) {
        DistinctCounter one = new DistinctCounter(100_000, LG_K);
        DistinctCounter a = new DistinctCounter(100_000, LG_K);
        DistinctCounter b = new DistinctCounter(100_000, LG_K);
        for (int i = 0; i < n; i++) {
            long h = ValueHash.ofLong(i * 31L);
            one.add(h);
            (i % 3 == 0 ? a : b).add(h);
            if (i % 5 == 0) {
                a.add(h); // values seen by both workers count once
            }
        }
        a.merge(b);
        assertThat((double) a.estimate()).isCloseTo(n, within(3 * RSE * n));
        assertThat((double) a.estimate()).isCloseTo(one.estimate(), within(2 * RSE * n));
    }
}
