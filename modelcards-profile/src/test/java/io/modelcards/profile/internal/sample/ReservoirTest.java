package io.modelcards.profile.internal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservoirTest {
    private static final int ROWS = 1_000;

    /** Rows 0..ROWS-1 spread over three files; row i sits at offset 37 * i in file i % 3. */
    private static void feed(Reservoir r, int from, int to) {
        for (int i = from; i < to; i++) {
            byte[] raw = ("{\"row\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            if (r.wants(i % 3, 37L * i)) {
                r.offer(i % 3, 37L * i, i + 1, raw, 0, raw.length);
            }
        }
    }

    private static List<String> sampleSplitInto(int workers, int capacity, long seed) {
        List<Reservoir> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Reservoir r = new Reservoir(capacity, seed);
            feed(r, w * ROWS / workers, (w + 1) * ROWS / workers);
            parts.add(r);
        }
        Reservoir all = parts.get(0);
        for (int w = parts.size() - 1; w > 0; w--) {
            all.merge(parts.get(w));
        }
        return texts(all);
    }

    private static List<String> texts(Reservoir r) {
        return r.rows().stream().map(k -> new String(k.raw(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theSampleIsTheSameWhetherOneTwoOrSevenWorkersSplitTheRows() {
        List<String> one = sampleSplitInto(1, 25, 42);
        assertThat(one).hasSize(25);
        assertThat(sampleSplitInto(2, 25, 42)).isEqualTo(one);
        assertThat(sampleSplitInto(7, 25, 42)).isEqualTo(one);
    }

    @Test
    void aDifferentSeedDrawsADifferentSample() {
        assertThat(sampleSplitInto(1, 25, 43)).isNotEqualTo(sampleSplitInto(1, 25, 42));
    }

    @Test
    void keptRowsComeSortedByFileThenOffset() {
        Reservoir r = new Reservoir(50, 7);
        feed(r, 0, ROWS);
        List<Reservoir.Kept> rows = r.rows();
        for (int i = 1; i < rows.size(); i++) {
            Reservoir.Kept a = rows.get(i - 1);
            Reservoir.Kept b = rows.get(i);
            assertThat(a.fileIndex() < b.fileIndex() || a.fileIndex() == b.fileIndex() && a.offset() < b.offset())
                    .as("%s before %s", a, b).isTrue();
        }
    }

    @Test
    void everyRowIsKeptWithProbabilityCapacityOverRows() {
        int n = 200;
        int capacity = 20;
        int seeds = 4_000;
        int[] hits = new int[n];
        for (long seed = 0; seed < seeds; seed++) {
            Reservoir r = new Reservoir(capacity, seed);
            byte[] raw = {1};
            for (int i = 0; i < n; i++) {
                r.offer(0, i, i, raw, 0, 1);
            }
            r.rows().forEach(k -> hits[(int) k.offset()]++);
        }
        double expected = (double) seeds * capacity / n;
        double chiSquare = 0;
        for (int h : hits) {
            chiSquare += (h - expected) * (h - expected) / expected;
        }
        // 199 degrees of freedom: mean 199, standard deviation about 20; 300 is five deviations out.
        assertThat(chiSquare).isLessThan(300);
        for (int h : hits) {
            assertThat(h).isBetween((int) (expected * 0.75), (int) (expected * 1.25));
        }
    }

    @Test
    void keptBytesAreACopyThatSurvivesTheCallerReusingItsBuffer() {
        Reservoir r = new Reservoir(1, 1);
        byte[] buffer = "xx{\"a\":1}yy".getBytes(StandardCharsets.UTF_8);
        r.offer(0, 0, 1, buffer, 2, 7);
        Arrays.fill(buffer, (byte) 'z');
        assertThat(new String(r.rows().get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void capacityZeroKeepsNothingAndWantsNothing() {
        Reservoir r = new Reservoir(0, 1);
        assertThat(r.wants(0, 0)).isFalse();
        feed(r, 0, 10);
        assertThat(r.rows()).isEmpty();
    }

    @Test
    void aFullReservoirWantsOnlyRowsWhoseKeyBeatsItsLargest() {
        Reservoir r = new Reservoir(10, 5);
        feed(r, 0, ROWS);
        long largest = r.rows().stream().mapToLong(k -> r.key(k.fileIndex(), k.offset())).max().orElseThrow();
        for (int i = 0; i < ROWS; i++) {
            assertThat(r.wants(i % 3, 37L * i)).isEqualTo(r.key(i % 3, 37L * i) < largest);
        }
    }

    @Test
    void theLineNumberOfAKeptRowIsKept() {
        Reservoir r = new Reservoir(ROWS, 3);
        feed(r, 0, ROWS);
        assertThat(r.rows()).allSatisfy(k -> assertThat(k.line()).isEqualTo(k.offset() / 37 + 1));
    }
}
