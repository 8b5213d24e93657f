package io.modelcards.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at "nice" values (1, 2 or 5 times a power of ten) covering a range, with labels in one fixed,
 * locale-free format, so the same range always gives the same text.
 *
 * @param lo     the axis start (the first tick)
 * @param hi     the axis end (the last tick)
 * @param values the tick values from lo to hi
 * @param labels the label of each tick
 */
record Ticks(double lo, double hi, List<Double> values, List<String> labels) {

    /** About {@code target} ticks covering {@code min..max}; a zero-width range is widened around its value. */
    static Ticks of(double min, double max, int target, boolean integral) {
        if (max - min <= 0) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        int exp = (int) Math.floor(Math.log10((max - min) / target));
        double unit = Math.pow(10, exp);
        double raw = (max - min) / target / unit;
        int mult = raw <= 1 ? 1 : raw <= 2 ? 2 : raw <= 5 ? 5 : 10;
        if (integral && mult * unit < 1) {
            exp = 0;
            unit = 1;
            mult = 1;
        }
        BigDecimal step = BigDecimal.valueOf(mult).scaleByPowerOfTen(exp);
        long first = (long) Math.floor(min / step.doubleValue() + 1e-9);
        long last = (long) Math.ceil(max / step.doubleValue() - 1e-9);
        List<Double> values = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            BigDecimal v = step.multiply(BigDecimal.valueOf(i));
            exact.add(v);
            values.add(v.doubleValue());
        }
        return new Ticks(values.get(0), values.get(values.size() - 1), values, labels(exact, step));
    }

    /**
     * Plain decimals with as many places as the step needs, zero as "0"; k/M suffixes for large values, e-notation for
     * tiny ones.
     */
    private static List<String> labels(List<BigDecimal> values, BigDecimal step) {
        double top = values.stream().mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
        int shift = top >= 1e6 ? 6 : top >= 1e4 ? 3 : 0;
        String suffix = shift == 6 ? "M" : shift == 3 ? "k" : "";
        if (top > 0 && top < 1e-3) {
            shift = (int) Math.floor(Math.log10(top));
            suffix = "e" + shift;
        }
        int places = Math.max(0, step.stripTrailingZeros().scale() + shift);
        List<String> out = new ArrayList<>();
        for (BigDecimal v : values) {
            BigDecimal scaled = v.scaleByPowerOfTen(-shift).setScale(places, RoundingMode.HALF_EVEN);
            out.add(scaled.signum() == 0 ? "0" : scaled.toPlainString() + suffix);
        }
        return out;
    }

    /** Where {@code v} falls between {@code from} (at lo) and {@code to} (at hi). */
    double place(double v, double from, double to) {
        return from + (v - lo) / (hi - lo) * (to - from);
    }
}
