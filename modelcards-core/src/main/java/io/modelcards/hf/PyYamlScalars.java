package io.modelcards.hf;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How PyYAML 6 represents and styles a scalar under {@code yaml.dump(..., allow_unicode=True)}: the text of numbers
 * (Python's {@code repr} of a float), whether a string may stay plain (it must not read back as another type under
 * PyYAML's YAML 1.1 resolver), and which quoting styles its characters allow.
 */
final class PyYamlScalars {
    private static final Pattern BOOL = Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
    private static final Pattern[] IMPLICIT = {BOOL, FLOAT, INT, Pattern.compile("<<"), NULL, TIMESTAMP, Pattern.compile("=")};

    private PyYamlScalars() {}

    /** Which styles a string's characters allow (PyYAML's {@code analyze_scalar}). */
    record Analysis(boolean empty, boolean multiline, boolean allowBlockPlain, boolean allowSingleQuoted) {}

    /**
     * Whether PyYAML reads plain text {@code s} as a value JSON has no form for: a date or timestamp, an infinity or
     * not-a-number. The card holds such a value as text and remembers that it was plain.
     */
    static boolean readsAsNonJson(String s) {
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return TIMESTAMP.matcher(t).matches() || FLOAT.matcher(t).matches() && resolve(t) instanceof String;
    }

    /** Whether PyYAML would read {@code s}, written plain, back as a string (its implicit resolvers all miss). */
    static boolean resolvesToString(String s) {
        // Python's re "$" also matches before one final "\n".
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (Pattern p : IMPLICIT) {
            if (p.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value PyYAML's {@code safe_load} gives plain scalar text: Boolean for its YAML 1.1 booleans ({@code no},
     * {@code on}), Integer, Long or BigInteger for its integers ({@code 24_700_000}, {@code 0x1F}, {@code 012},
     * {@code 1:30}), Double for its floats ({@code 1_000.5}), null for its nulls; anything else, dates, {@code .inf} and
     * {@code .nan} included (JSON has none of them), is the text itself.
     */
    static Object resolve(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (NULL.matcher(t).matches()) {
            return null;
        }
        if (BOOL.matcher(t).matches()) {
            return Boolean.valueOf("yes".equalsIgnoreCase(t) || "true".equalsIgnoreCase(t) || "on".equalsIgnoreCase(t));
        }
        if (INT.matcher(t).matches()) {
            return narrow(integer(t.replace("_", "")));
        }
        if (FLOAT.matcher(t).matches()) {
            if (t.contains(".inf") || t.contains(".Inf") || t.contains(".INF") || t.toLowerCase(Locale.ROOT).equals(".nan")) {
                return text; // JSON, and so the card, has no infinity or not-a-number: kept as text
            }
            return floating(t.replace("_", "").toLowerCase(Locale.ROOT));
        }
        return text;
    }

    private static BigInteger integer(String v) {
        int sign = v.startsWith("-") ? -1 : 1;
        String u = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
        BigInteger b;
        if (u.equals("0")) {
            b = BigInteger.ZERO;
        } else if (u.startsWith("0b")) {
            b = new BigInteger(u.substring(2), 2);
        } else if (u.startsWith("0x")) {
            b = new BigInteger(u.substring(2), 16);
        } else if (u.startsWith("0")) {
            b = new BigInteger(u.substring(1), 8);
        } else if (u.contains(":")) {
            b = BigInteger.ZERO;
            for (String part : u.split(":")) {
                b = b.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
            }
        } else {
            b = new BigInteger(u);
        }
        return sign < 0 ? b.negate() : b;
    }

    private static Object narrow(BigInteger b) {
        if (b.bitLength() < 32) {
            return b.intValue();
        }
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static Double floating(String v) {
        int sign = v.startsWith("-") ? -1 : 1;
        String u = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
        if (u.contains(":")) {
            double d = 0;
            for (String part : u.split(":")) {
                d = d * 60 + Double.parseDouble(part);
            }
            return sign * d;
        }
        return sign * Double.parseDouble(u);
    }

    /** Python's {@code repr} of a float as PyYAML writes it: lower case, ".0" added before a bare exponent. */
    static String floatText(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String r = PythonFloat.repr(d);
        int e = r.indexOf('e');
        // PyYAML's representer turns "1e-05" into "1.0e-05" so that YAML 1.1 readers see a float.
        return e < 0 || r.lastIndexOf('.', e) >= 0 ? r : r.substring(0, e) + ".0" + r.substring(e);
    }

    static boolean isBreak(int ch) {
        return ch == '\n' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    private static boolean isSpaceOrBreak(int ch) {
        return ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || isBreak(ch);
    }

    /** PyYAML's {@code analyze_scalar} with {@code allow_unicode=True}, reduced to the outcomes block style uses. */
    static Analysis analyze(int[] s) {
        if (s.length == 0) {
            return new Analysis(true, false, true, true);
        }
        boolean blockIndicators = false;
        boolean lineBreaks = false;
        boolean special = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        String str = new String(s, 0, s.length);
        if (str.startsWith("---") || str.startsWith("...")) {
            blockIndicators = true;
        }
        boolean precededByWs = true;
        boolean followedByWs = s.length == 1 || isSpaceOrBreak(s[1]);
        boolean prevSpace = false;
        boolean prevBreak = false;
        for (int i = 0; i < s.length; i++) {
            int ch = s[i];
            if (i == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
                    blockIndicators = true;
                }
                if ((ch == '?' || ch == ':') && followedByWs) {
                    blockIndicators = true;
                }
                if (ch == '-' && followedByWs) {
                    blockIndicators = true;
                }
            } else {
                if (ch == ':' && followedByWs) {
                    blockIndicators = true;
                }
                if (ch == '#' && precededByWs) {
                    blockIndicators = true;
                }
            }
            if (isBreak(ch)) {
                lineBreaks = true;
            }
            if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) {
                boolean unicode = (ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                        || (ch >= 0x10000 && ch < 0x10FFFF)) && ch != 0xFEFF;
                if (!unicode) {
                    special = true;
                }
            }
            if (ch == ' ') {
                leadingSpace |= i == 0;
                trailingSpace |= i == s.length - 1;
                breakSpace |= prevBreak;
                prevSpace = true;
                prevBreak = false;
            } else if (isBreak(ch)) {
                leadingBreak |= i == 0;
                trailingBreak |= i == s.length - 1;
                spaceBreak |= prevSpace;
                prevSpace = false;
                prevBreak = true;
            } else {
                prevSpace = false;
                prevBreak = false;
            }
            precededByWs = isSpaceOrBreak(ch);
            followedByWs = i + 2 >= s.length || isSpaceOrBreak(s[i + 2]);
        }
        boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
        boolean single = true;
        if (breakSpace) {
            plain = false;
            single = false;
        }
        if (spaceBreak || special) {
            plain = false;
            single = false;
        }
        if (lineBreaks || blockIndicators) {
            plain = false;
        }
        return new Analysis(false, lineBreaks, plain, single);
    }
}
