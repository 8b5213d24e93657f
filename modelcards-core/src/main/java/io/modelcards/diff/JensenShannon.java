package io.modelcards.diff;

import io.modelcards.card.Histogram;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The Jensen–Shannon divergence of two distributions, in bits (logarithms base 2), so it lies between 0 (the same
 * distribution) and 1 (no value in common). Histograms with different bin edges are first re-binned onto the union of
 * both edge lists, assuming each bin's count is spread uniformly across its width; a zero-width bin (all its values
 * equal) puts its whole count in the union bin that holds its value.
 */
public final class JensenShannon {
    private JensenShannon() {}

    /**
     * The divergence of two weight vectors over the same outcomes; each is normalised to sum 1 first, so each must weigh
     * something.
     */
    public static double divergence(double[] p, double[] q) {
        double sp = sum(p);
        double sq = sum(q);
        if (p.length != q.length || !(sp > 0) || !(sq > 0)) {
            throw new IllegalArgumentException("two non-empty distributions over the same outcomes are needed: lengths " + p.length
                    + " and " + q.length + ", sums " + sp + " and " + sq);
        }
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double a = p[i] / sp;
            double b = q[i] / sq;
            double m = (a + b) / 2;
            js += term(a, m) / 2 + term(b, m) / 2;
        }
        return Numbers.round(Math.max(0, Math.min(1, js)));
    }

    /** The divergence of two histograms, or empty when either is malformed or counts nothing. */
    public static OptionalDouble of(Histogram a, Histogram b) {
        if (!wellFormed(a) || !wellFormed(b)) {
            return OptionalDouble.empty();
        }
        TreeSet<Double> union = new TreeSet<>(a.edges());
        union.addAll(b.edges());
        double[] edges = union.stream().mapToDouble(Double::doubleValue).toArray();
        return OptionalDouble.of(divergence(rebin(a, edges), rebin(b, edges)));
    }

    /** The divergence of two categorical distributions (outcome to count), or empty when either counts nothing. */
    public static OptionalDouble of(Map<String, Long> a, Map<String, Long> b) {
        Map<String, double[]> both = new LinkedHashMap<>();
        a.forEach((k, v) -> both.computeIfAbsent(k, x -> new double[2])[0] = v);
        b.forEach((k, v) -> both.computeIfAbsent(k, x -> new double[2])[1] = v);
        double[] p = both.values().stream().mapToDouble(v -> v[0]).toArray();
        double[] q = both.values().stream().mapToDouble(v -> v[1]).toArray();
        return sum(p) <= 0 || sum(q) <= 0 ? OptionalDouble.empty() : OptionalDouble.of(divergence(p, q));
    }

    /** The counts of {@code h} spread onto the bins between consecutive {@code edges}, which include all of h's edges. */
    static double[] rebin(Histogram h, double[] edges) {
        double[] out = new double[edges.length - 1];
        List<Double> e = h.edges();
        for (int i = 0; i < h.counts().size(); i++) {
            double lo = e.get(i);
            double hi = e.get(i + 1);
            long count = h.counts().get(i);
            for (int j = 0; j < out.length; j++) {
                if (hi <= lo) {
                    boolean last = j == out.length - 1;
                    if (lo >= edges[j] && (lo < edges[j + 1] || last && lo <= edges[j + 1])) {
                        out[j] += count;
                        break;
                    }
                } else {
                    double overlap = Math.min(hi, edges[j + 1]) - Math.max(lo, edges[j]);
                    if (overlap > 0) {
                        out[j] += count * overlap / (hi - lo);
                    }
                }
            }
        }
        return out;
    }

    private static boolean wellFormed(Histogram h) {
        if (h == null || h.counts().isEmpty() || h.edges().size() != h.counts().size() + 1) {
            return false;
        }
        for (int i = 0; i + 1 < h.edges().size(); i++) {
            if (h.edges().get(i) == null || h.edges().get(i + 1) == null || h.edges().get(i + 1) < h.edges().get(i)) {
                return false;
            }
        }
        return h.counts().stream().allMatch(c -> c != null && c >= 0) && h.counts().stream().mapToLong(Long::longValue).sum() > 0;
    }

    private static double term(double x, double m) {
        return x <= 0 ? 0 : x * Math.log(x / m) / Math.log(2);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
