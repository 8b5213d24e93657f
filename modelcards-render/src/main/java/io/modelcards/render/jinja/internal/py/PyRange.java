package io.modelcards.render.jinja.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;

/**
 * Python's lazy {@code range}: iterating a huge one is stopped by the render's time limit, not memory; its length,
 * indexing and {@code in} are computed, not counted. As a Java list it shows at most {@link Integer#MAX_VALUE}
 * items, which no render can reach before its deadline.
 */
public final class PyRange extends AbstractList<Object> implements PyObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    /** Python's {@code range(start, stop, step)}; a zero step or more than 2**62 items is an error. */
    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw new TemplateError("template/runtime", "range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger span = BigInteger.valueOf(step > 0 ? stop : start).subtract(BigInteger.valueOf(step > 0 ? start : stop));
        BigInteger by = BigInteger.valueOf(step).abs();
        BigInteger n = span.signum() <= 0 ? BigInteger.ZERO : span.add(by).subtract(BigInteger.ONE).divide(by);
        if (n.bitLength() > 62) {
            throw new TemplateError("template/output-limit", "range() with more than 2**62 items is too large; use"
                    + " smaller bounds");
        }
        this.length = n.longValue();
    }

    /** Python's {@code len(range)}. */
    public long length() {
        return length;
    }

    /** The item at {@code index} (0 ≤ index < length). */
    public long item(long index) {
        return start + step * index;
    }

    /** Python's {@code x in range}: computed for integers, compared item by item for nothing else. */
    boolean holds(Object x) {
        if (!Py.isIntLike(x) && !(Py.isFloat(x) && Py.toDouble(x) == Math.rint(Py.toDouble(x)))) {
            return false;
        }
        BigInteger v = Py.isFloat(x) ? new BigDecimal(Py.toDouble(x)).toBigInteger() : Py.bigOf(x);
        BigInteger offset = v.subtract(BigInteger.valueOf(start));
        BigInteger s = BigInteger.valueOf(step);
        BigInteger[] qr = offset.divideAndRemainder(s);
        return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(BigInteger.valueOf(length)) < 0;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return item(index);
    }

    @Override
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, length);
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> Undefined.attribute(this, name);
        };
    }

    @Override
    public String pyType() {
        return "range";
    }

    @Override
    public String pyRepr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
