package io.modelcards.profile.internal.column;

import io.modelcards.card.Histogram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * The quantiles and histogram of a numeric measure: exact while it has few distinct values, then from a KLL sketch.
 *
 * <p>While at most {@code exactUpTo} distinct values are seen, a value→count map gives exact figures. The quantile
 * for q is the smallest value v whose cumulative count reaches q·n (compared in integers, so without rounding), which
 * is DataSketches' INCLUSIVE definition. Beyond the bound the map is replayed, with weights, into a
 * {@link KllDoublesSketch} of size k that takes every later value; its quantiles have a normalized rank error of
 * {@code KllSketch.getNormalizedRankError(k, false)} at 99% confidence. Merging keeps the map if the union still fits,
 * so figures are exact exactly when the whole column is within the bound, whatever the split.
 *
 * <p>Keys are longs: the value itself for lengths, or the double's bits for numbers ({@code doubleKeys}).
 */
final class Spread {
    static final int[] PERCENTS = {1, 5, 25, 50, 75, 95, 99};

    private final boolean doubleKeys;
    private final int exactUpTo;
    private final int k;
    private LongCounts exact = new LongCounts();
    private KllDoublesSketch sketch;
    private long n;

    Spread(boolean doubleKeys, int exactUpTo, int k) {
        this.doubleKeys = doubleKeys;
        this.exactUpTo = exactUpTo;
        this.k = k;
    }

    /** Adds a length (when keys are longs). */
    void addLong(long v) {
        n++;
        if (exact != null) {
            if (exact.add(v, 1) && exact.size() > exactUpTo) {
                spill();
            }
        } else {
            sketch.update(v);
        }
    }

    /** Adds a number (when keys are double bits); NaN must be filtered out by the caller. */
    void addDouble(double v) {
        n++;
        if (exact != null) {
            if (exact.add(Double.doubleToLongBits(v == 0 ? 0.0 : v), 1) && exact.size() > exactUpTo) {
                spill();
            }
        } else {
            sketch.update(v);
        }
    }

    long n() {
        return n;
    }

    boolean isExact() {
        return exact != null;
    }

    /** Adds another worker's spread of the same measure; {@code other} is not used afterwards. */
    void merge(Spread other) {
        if (other.n == 0) {
            return;
        }
        if (exact != null && other.exact != null) {
            other.exact.forEach((key, count) -> exact.add(key, count));
            n += other.n;
            if (exact.size() > exactUpTo) {
                spill();
            }
            return;
        }
        if (exact != null) {
            spill();
        }
        if (other.exact != null) {
            other.spill();
        }
        sketch.merge(other.sketch);
        n += other.n;
    }

    private void spill() {
        sketch = KllDoublesSketch.newHeapInstance(k);
        exact.forEach((key, count) -> sketch.update(value(key), count));
        exact = null;
    }

    private double value(long key) {
        return doubleKeys ? Double.longBitsToDouble(key) : key;
    }

    /** The p1 … p99 quantiles, or null when there are no values. */
    Map<String, Double> quantiles() {
        if (n == 0) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (exact == null) {
            for (int p : PERCENTS) {
                out.put("p" + p, sketch.getQuantile(p / 100.0, QuantileSearchCriteria.INCLUSIVE));
            }
            return out;
        }
        double[] values = sortedValues();
        long[] counts = countsOf(values);
        int i = 0;
        long cum = counts[0];
        for (int p : PERCENTS) {
            while (cum * 100 < (long) p * n) {
                cum += counts[++i];
            }
            out.put("p" + p, values[i]);
        }
        return out;
    }

    /**
     * Counts in {@code bins} equal-width bins from min to max (the last bin closed), or, with {@code integerBars}, one
     * bin per integer from min to max with edges v − 0.5 and v + 0.5; null when there are no values.
     */
    Histogram histogram(double min, double max, boolean integerBars, int bins) {
        if (n == 0) {
            return null;
        }
        List<Double> edges = new ArrayList<>();
        int m;
        if (integerBars) {
            m = (int) (max - min) + 1;
            for (int i = 0; i <= m; i++) {
                edges.add(min + i - 0.5);
            }
        } else if (min == max) {
            m = 1;
            edges.add(min);
            edges.add(max);
        } else {
            m = bins;
            double width = (max - min) / m;
            for (int i = 0; i < m; i++) {
                edges.add(min + i * width);
            }
            edges.add(max);
        }
        long[] counts = new long[m];
        if (m == 1) {
            counts[0] = n;
        } else if (exact != null) {
            exact.forEach((key, count) -> counts[bin(value(key), edges, m)] += count);
        } else {
            double[] splits = new double[m - 1];
            for (int i = 1; i < m; i++) {
                splits[i - 1] = edges.get(i);
            }
            double[] pmf = sketch.getPMF(splits, QuantileSearchCriteria.EXCLUSIVE);
            for (int i = 0; i < m; i++) {
                counts[i] = Math.round(pmf[i] * n);
            }
        }
        List<Long> countList = new ArrayList<>(m);
        for (long c : counts) {
            countList.add(c);
        }
        return new Histogram(edges, countList, exact != null);
    }

    private static int bin(double v, List<Double> edges, int m) {
        double lo = edges.get(0);
        double width = (edges.get(m) - lo) / m;
        int i = (int) ((v - lo) / width);
        // guard against rounding at the edges: bin i holds [edges[i], edges[i+1])
        i = Math.max(0, Math.min(m - 1, i));
        while (i > 0 && v < edges.get(i)) {
            i--;
        }
        while (i < m - 1 && v >= edges.get(i + 1)) {
            i++;
        }
        return i;
    }

    private double[] sortedValues() {
        double[] values = new double[exact.size()];
        int[] next = {0};
        exact.forEach((key, count) -> values[next[0]++] = value(key));
        Arrays.sort(values);
        return values;
    }

    private long[] countsOf(double[] values) {
        long[] counts = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            long key = doubleKeys ? Double.doubleToLongBits(values[i]) : (long) values[i];
            counts[i] = exact.get(key);
        }
        return counts;
    }
}
