package io.modelcards.hf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Typed values as Hub libraries print them in README lists and tables (Python's str of ints, floats, booleans). */
final class HubValues {
    private static final Pattern INT = Pattern.compile("[-+]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");

    private HubValues() {}

    /** The value printed as {@code s}: an Integer or Long, a Double, a Boolean for True/False, else the text itself. */
    static Object typed(String s) {
        if (INT.matcher(s).matches()) {
            try {
                long l = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                return l == (int) l ? (Object) (int) l : (Object) l;
            } catch (NumberFormatException e) {
                return s; // beyond a long: keep the digits as written
            }
        }
        Double d = number(s);
        if (d != null) {
            return d;
        }
        return switch (s) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> s;
        };
    }

    /** The finite number printed as {@code s}, or null when it is not one. */
    static Double number(String s) {
        if (!FLOAT.matcher(s).matches()) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    /** A value as the Hub libraries print it: Python's str of the value. */
    static String text(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double || v instanceof Float) {
            return PythonFloat.repr(((Number) v).doubleValue());
        }
        return String.valueOf(v);
    }

    /** Whether two field values are the same, an empty list or map counting as no value. */
    static boolean same(Object a, Object b) {
        return Objects.equals(orNull(a), orNull(b));
    }

    /** The value, or null when it is an empty list, map or text. */
    static Object orNull(Object v) {
        if (v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        return v;
    }

    /** The lines of {@code s} with LF line ends, a final empty string when it ends with a line end. */
    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.replace("\r\n", "\n").split("\n", -1)));
    }

    /** Heading text in the form the alias tables use: lower case, single spaces. */
    static String normal(String heading) {
        return heading.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** Adds {@code added} to {@code out} after a blank line, before the blank lines {@code out} ends with. */
    static void appendBeforeTrailingBlanks(List<String> out, List<String> added) {
        int end = out.size();
        while (end > 0 && out.get(end - 1).isBlank()) {
            end--;
        }
        List<String> block = new ArrayList<>(List.of(""));
        block.addAll(added);
        out.addAll(end, block);
    }
}
