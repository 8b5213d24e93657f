package io.modelcards.render.jinja.internal.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's {@code str.format}: {@code {}}, {@code {0}}, {@code {name.attr[key]}}, {@code !r}, and the format-spec mini-language. */
final class StrFormat {
    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?", Pattern.DOTALL);

    private static final Pattern FIELD = Pattern.compile("^([^.\\[]*)(.*)$", Pattern.DOTALL);
    private static final Pattern PATH = Pattern.compile("\\.([^.\\[]+)|\\[([^\\]]*)]");

    private StrFormat() {
    }

    static String format(PyRuntime in, String fmt, List<Object> args, Map<String, Object> kw) {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw bad("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            int close = fmt.indexOf('}', i);
            if (close < 0) {
                throw bad("Single '{' encountered in format string");
            }
            String field = fmt.substring(i + 1, close);
            i = close + 1;
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            char conv = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conv = field.length() > bang + 1 ? field.charAt(bang + 1) : 0;
                field = field.substring(0, bang);
            }
            Matcher m = FIELD.matcher(field);
            m.matches();
            String head = m.group(1);
            Object value;
            if (head.isEmpty()) {
                value = pos(args, auto++);
            } else if (head.chars().allMatch(Character::isDigit)) {
                value = pos(args, Integer.parseInt(head));
            } else {
                if (!kw.containsKey(head)) {
                    throw new TemplateError("template/runtime", "format field " + Repr.brief(head) + " is missing; pass it as a"
                            + " keyword");
                }
                value = kw.get(head);
            }
            value = path(value, m.group(2));
            if (conv == 'r' || conv == 'a') {
                value = Repr.repr(in, value);
            } else if (conv == 's') {
                value = Repr.str(in, value);
            }
            String piece = spec(in, in.use(value), spec);
            in.reach((long) sb.length() + piece.length());
            sb.append(piece);
        }
        return sb.toString();
    }

    private static Object pos(List<Object> args, int idx) {
        if (idx >= args.size()) {
            throw new TemplateError("template/runtime", "Replacement index " + idx + " out of range for positional args tuple");
        }
        return args.get(idx);
    }

    private static Object path(Object v, String rest) {
        Matcher m = PATH.matcher(rest);
        while (m.find()) {
            if (m.group(1) != null) {
                v = Access.getattr(v, m.group(1));
            } else {
                String k = m.group(2);
                v = Access.getitem(v, k.chars().allMatch(Character::isDigit) && !k.isEmpty() ? (Object) Long.parseLong(k) : k);
            }
        }
        return v;
    }

    private static TemplateError bad(String msg) {
        return new TemplateError("template/runtime", msg + "; double braces ({{ or }}) print a literal brace");
    }

    /** Python's {@code format(value, spec)}. */
    static String spec(PyRuntime in, Object v, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(in, v);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new TemplateError("template/runtime", "Invalid format specifier " + Repr.brief(spec));
        }
        String fill = m.group(1) != null ? m.group(1) : m.group(6) != null && m.group(2) == null ? "0" : " ";
        char align = m.group(2) != null ? m.group(2).charAt(0) : m.group(6) != null && !(v instanceof String) ? '=' : 0;
        String sign = m.group(3) == null ? "-" : m.group(3);
        boolean alt = m.group(5) != null;
        long width = m.group(7) == null ? -1 : PercentFormat.number(m.group(7));
        String group = m.group(8);
        long precision = m.group(9) == null ? -1 : PercentFormat.number(m.group(9));
        char type = m.group(10) == null ? 0 : m.group(10).charAt(0);
        in.reach(Math.max(width, 0));
        if (v instanceof String s || !Py.isNumber(v)) {
            String s = Repr.str(in, v);
            if (type != 0 && type != 's') {
                throw new TemplateError("template/runtime", "Unknown format code '" + type + "' for object of type '"
                        + Py.typeName(v) + "'");
            }
            if (precision >= 0 && precision < Py.len(s)) {
                s = s.substring(0, s.offsetByCodePoints(0, (int) precision));
            }
            return align("", s, fill, align == 0 ? '<' : align, width);
        }
        String body;
        boolean negative;
        if (Py.isIntLike(v) && (type == 0 || "bcdoxXn".indexOf(type) >= 0)) {
            BigInteger b = Py.bigOf(v);
            negative = b.signum() < 0;
            if (type == 'c') {
                PercentFormat.codePoint(b);
            }
            b = b.abs();
            body = switch (type) {
                case 'b' -> (alt ? "0b" : "") + b.toString(2);
                case 'o' -> (alt ? "0o" : "") + b.toString(8);
                case 'x' -> (alt ? "0x" : "") + b.toString(16);
                case 'X' -> (alt ? "0X" : "") + b.toString(16).toUpperCase(Locale.ROOT);
                case 'c' -> PyStr.chr(PercentFormat.codePoint(b));
                default -> group(Py.decimal(b), group);
            };
        } else {
            double d = Py.toDouble(v);
            negative = d < 0 || (d == 0 && 1 / d < 0);
            double a = Math.abs(d);
            long p = precision < 0 ? 6 : precision;
            if ("gG".indexOf(type) < 0 && type != 0) {
                in.reach(p + 330);
            }
            body = switch (type) {
                case 'e', 'E' -> FloatText.e(a, p, type == 'E');
                case 'f', 'F' -> FloatText.f(a, p);
                case 'g', 'G' -> FloatText.g(a, p, type == 'G', alt);
                case '%' -> FloatText.f(a * 100, p) + "%";
                case 0 -> precision < 0 ? FloatText.repr(a) : general(a, precision);
                default -> throw new TemplateError("template/runtime", "Unknown format code '" + type + "' for a number");
            };
            if (group != null) {
                int dot = body.indexOf('.');
                int end = dot >= 0 ? dot : body.length();
                if (body.chars().limit(end).allMatch(Character::isDigit)) {
                    body = group(body.substring(0, end), group) + body.substring(end);
                }
            }
        }
        String signText = negative ? "-" : sign.equals("-") ? "" : sign;
        return align(signText, body, fill, align == 0 ? '>' : align, width);
    }

    /** Python's float format with a precision and no type: like 'g', but scientific from exp >= p - 1 and never an integer look. */
    private static String general(double a, long precision) {
        if (!Double.isFinite(a)) {
            return FloatText.repr(a);
        }
        long p = precision == 0 ? 1 : precision;
        int exp = 0;
        if (a != 0) {
            BigDecimal r = new BigDecimal(a).round(new MathContext((int) Math.min(p, 1100), RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        if (exp < -4 || exp >= p - 1) {
            return stripMantissa(FloatText.e(a, Math.min(p, 1100) - 1, false));
        }
        String g = FloatText.g(a, p, false, false);
        return g.indexOf('.') < 0 && g.indexOf('e') < 0 ? g + ".0" : g;
    }

    private static String stripMantissa(String e) {
        int pos = e.indexOf('e');
        String mant = e.substring(0, pos);
        if (mant.indexOf('.') >= 0) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mant + e.substring(pos);
    }

    private static String group(String digits, String sep) {
        if (sep == null || digits.length() <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3;
        if (first > 0) {
            sb.append(digits, 0, first);
        }
        for (int i = first; i < digits.length(); i += 3) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(digits, i, i + 3);
        }
        return sb.toString();
    }

    private static String align(String sign, String body, String fill, char align, long width) {
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + body;
        }
        int pad = (int) (width - len);
        return switch (align) {
            case '<' -> sign + body + fill.repeat(pad);
            case '^' -> fill.repeat(pad / 2) + sign + body + fill.repeat(pad - pad / 2);
            case '=' -> sign + fill.repeat(pad) + body;
            default -> fill.repeat(pad) + sign + body;
        };
    }
}
