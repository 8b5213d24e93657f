package io.modelcards.render.jinja.internal.py;

import java.math.BigInteger;
import java.util.List;

/** Python arithmetic and comparison operators, including int overflow into big integers and str/list repetition. */
public final class Ops {
    private static final int MAX_BITS = 100_000;

    private Ops() {
    }

    /** Python's {@code a op b} for {@code + - * / // % **}, with str and list concatenation and repetition. */
    public static Object binary(PyRuntime in, String op, Object a, Object b) {
        if (a instanceof Undefined u) {
            throw Access.undefined(u);
        }
        if (b instanceof Undefined u) {
            throw Access.undefined(u);
        }
        if (op.equals("%") && a instanceof String s) {
            return PercentFormat.format(in, s, b);
        }
        if (Py.isNumber(a) && Py.isNumber(b)) {
            return numeric(op, a, b);
        }
        switch (op) {
            case "+" -> {
                if (a instanceof String x && b instanceof String y) {
                    in.reach((long) x.length() + y.length());
                    return x.concat(y);
                }
                if (a instanceof List<?> x && b instanceof List<?> y && (a instanceof PyTuple) == (b instanceof PyTuple)) {
                    in.reach(Budget.ITEM * ((long) x.size() + y.size()));
                    List<Object> r = new Owned.PyList(x);
                    r.addAll(y);
                    return a instanceof PyTuple ? PyTuple.of(r) : r;
                }
            }
            case "*" -> {
                if (Py.isIntLike(b) && (a instanceof String || a instanceof List)) {
                    return repeat(in, a, Py.toLong(b));
                }
                if (Py.isIntLike(a) && (b instanceof String || b instanceof List)) {
                    return repeat(in, b, Py.toLong(a));
                }
            }
            default -> { }
        }
        throw new TemplateError("template/runtime", "unsupported operand type(s) for " + op + ": '" + Py.typeName(a)
                + "' and '" + Py.typeName(b) + "'; convert one side first (e.g. with |string or |int)");
    }

    private static Object repeat(PyRuntime in, Object seq, long n) {
        long unit = seq instanceof String s ? s.length() : Budget.ITEM * Py.len(seq);
        if (n <= 0 || unit == 0) {
            return seq instanceof String ? "" : seq instanceof PyTuple ? new PyTuple() : new Owned.PyList();
        }
        in.reach(Math.multiplyHigh(unit, n) != 0 || unit * n < 0 ? Long.MAX_VALUE : unit * n);
        if (seq instanceof String s) {
            return s.repeat((int) n);
        }
        List<Object> r = new Owned.PyList();
        for (long i = 0; i < n; i++) {
            r.addAll((List<?>) seq);
        }
        return seq instanceof PyTuple ? PyTuple.of(r) : r;
    }

    static Object numeric(String op, Object a, Object b) {
        boolean ints = Py.isIntLike(a) && Py.isIntLike(b);
        if (ints && !(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = Py.toLong(a);
            long y = Py.toLong(b);
            try {
                switch (op) {
                    case "+":
                        return Math.addExact(x, y);
                    case "-":
                        return Math.subtractExact(x, y);
                    case "*":
                        return Math.multiplyExact(x, y);
                    case "//":
                        return Math.floorDiv(x, nonZero(y));
                    case "%":
                        return Math.floorMod(x, nonZero(y));
                    default:
                        break;
                }
            } catch (ArithmeticException overflow) {
                // falls through to the big integer path, as Python ints never overflow
            }
        }
        if (ints) {
            BigInteger x = Py.bigOf(a);
            BigInteger y = Py.bigOf(b);
            switch (op) {
                case "+":
                    return Py.intOf(x.add(y));
                case "-":
                    return Py.intOf(x.subtract(y));
                case "*":
                    return Py.intOf(checkBits(x.multiply(y)));
                case "//":
                    nonZero(y.signum());
                    return Py.intOf(floorDiv(x, y));
                case "%":
                    nonZero(y.signum());
                    return Py.intOf(x.subtract(floorDiv(x, y).multiply(y)));
                case "**":
                    if (y.signum() >= 0) {
                        if ((long) x.bitLength() * y.longValue() > MAX_BITS || y.bitLength() > 31) {
                            throw new TemplateError("template/output-limit", "the power " + x + " ** " + y
                                    + " is too large to compute; use smaller numbers");
                        }
                        return Py.intOf(x.pow(y.intValue()));
                    }
                    return Math.pow(x.doubleValue(), y.doubleValue());
                case "/":
                    nonZero(y.signum());
                    return x.doubleValue() / y.doubleValue();
                default:
                    break;
            }
        }
        double x = Py.toDouble(a);
        double y = Py.toDouble(b);
        switch (op) {
            case "+":
                return x + y;
            case "-":
                return x - y;
            case "*":
                return x * y;
            case "/":
                nonZero(y);
                return x / y;
            case "//":
                nonZero(y);
                return Math.floor(x / y);
            case "%": {
                nonZero(y);
                double r = x % y;
                if (r != 0 && (r < 0) != (y < 0)) {
                    r += y;
                }
                return r;
            }
            case "**":
                return Math.pow(x, y);
            default:
                throw new TemplateError("template/runtime", "unknown operator " + op);
        }
    }

    private static BigInteger checkBits(BigInteger v) {
        if (v.bitLength() > MAX_BITS) {
            throw new TemplateError("template/output-limit", "a number grew past " + MAX_BITS + " bits; use smaller numbers");
        }
        return v;
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static long nonZero(long y) {
        if (y == 0) {
            throw new TemplateError("template/runtime", "division by zero; guard the divisor with an if");
        }
        return y;
    }

    private static void nonZero(double y) {
        if (y == 0) {
            throw new TemplateError("template/runtime", "float division by zero; guard the divisor with an if");
        }
    }

    /** Python's {@code -v} or {@code +v}. */
    public static Object unary(String op, Object v) {
        if (v instanceof Undefined u) {
            throw Access.undefined(u);
        }
        if (!Py.isNumber(v)) {
            throw new TemplateError("template/runtime", "bad operand type for unary " + op + ": '" + Py.typeName(v) + "'");
        }
        if (op.equals("+")) {
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }
        if (Py.isIntLike(v)) {
            return v instanceof BigInteger b ? Py.intOf(b.negate()) : numeric("-", 0L, v);
        }
        return -Py.toDouble(v);
    }

    /** Python's comparison {@code a op b} for {@code == != < <= > >= in notin}. */
    public static boolean compare(PyRuntime in, String op, Object a, Object b) {
        switch (op) {
            case "==":
                return Py.eq(a, b);
            case "!=":
                return !Py.eq(a, b);
            case "in":
                return Py.contains(in.iterable(b), a);
            case "notin":
                return !Py.contains(in.iterable(b), a);
            default:
                break;
        }
        if (a instanceof Undefined u) {
            throw Access.undefined(u);
        }
        if (b instanceof Undefined u) {
            throw Access.undefined(u);
        }
        if (a == null || b == null) {
            throw new TemplateError("template/runtime", "'" + op + "' not supported between instances of '"
                    + Py.typeName(a) + "' and '" + Py.typeName(b) + "'; check for None first");
        }
        int c = Py.compare(a, b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new TemplateError("template/runtime", "unknown comparison " + op);
        };
    }
}
