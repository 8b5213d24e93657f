package io.modelcards.profile.internal.column;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Count, sum and sum of squares of integers, kept exactly, so that the mean and standard deviation of integer values
 * do not depend on the order or the split of the rows.
 *
 * <p>The sum is a long and the sum of squares a 128-bit pair; either spills into a {@link BigInteger} in the rare
 * case it would overflow. The mean and variance are computed once, at the end, with exact arithmetic and a single
 * rounding to double.
 */
final class ExactMoments {
    long n;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    private long sum;
    private long sqLo;
    private long sqHi;
    private BigInteger spill;
    private BigInteger spillSq;

    void add(long v) {
        n++;
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
        long s = sum + v;
        if (((sum ^ s) & (v ^ s)) < 0) { // signed overflow
            spill = big(spill).add(BigInteger.valueOf(sum));
            s = v;
        }
        sum = s;
        long lo = v * v;
        long hi = Math.multiplyHigh(v, v);
        long newLo = sqLo + lo;
        long newHi = sqHi + hi + (Long.compareUnsigned(newLo, sqLo) < 0 ? 1 : 0);
        if (newHi < 0) { // the sum of squares is non-negative: a negative high word means it overflowed
            spillSq = big(spillSq).add(sqBig(sqHi, sqLo)).add(sqBig(hi, lo));
            sqHi = 0;
            sqLo = 0;
        } else {
            sqHi = newHi;
            sqLo = newLo;
        }
    }

    /** Adds the moments of another accumulator. */
    void merge(ExactMoments o) {
        n += o.n;
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        spill = big(spill).add(big(o.spill)).add(BigInteger.valueOf(o.sum));
        spillSq = big(spillSq).add(big(o.spillSq)).add(sqBig(o.sqHi, o.sqLo));
    }

    BigInteger sum() {
        return big(spill).add(BigInteger.valueOf(sum));
    }

    BigInteger sumOfSquares() {
        return big(spillSq).add(sqBig(sqHi, sqLo));
    }

    double mean() {
        return new BigDecimal(sum()).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
    }

    /** The sum of squared deviations from the mean, n·Var, rounded once. */
    double m2() {
        BigInteger s = sum();
        BigInteger num = sumOfSquares().multiply(BigInteger.valueOf(n)).subtract(s.multiply(s));
        return new BigDecimal(num).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
    }

    /** The sample variance (n − 1 in the denominator), rounded once; NaN when n < 2. */
    double sampleVariance() {
        if (n < 2) {
            return Double.NaN;
        }
        BigInteger s = sum();
        BigInteger num = sumOfSquares().multiply(BigInteger.valueOf(n)).subtract(s.multiply(s));
        BigDecimal den = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(n - 1));
        return new BigDecimal(num).divide(den, MathContext.DECIMAL128).doubleValue();
    }

    private static BigInteger big(BigInteger b) {
        return b == null ? BigInteger.ZERO : b;
    }

    private static BigInteger sqBig(long hi, long lo) {
        BigInteger low = new BigInteger(Long.toUnsignedString(lo));
        return BigInteger.valueOf(hi).shiftLeft(64).add(low);
    }
}
