package io.modelcards.hf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns front matter nodes into plain Java values the way a JSON round trip keeps them: strings, Integer, Long,
 * BigInteger, Double, Boolean, null, lists and insertion-ordered maps.
 *
 * <p>Plain scalars follow the YAML 1.2 core schema, narrowed so that no text is lost: only {@code true}/{@code false}
 * are booleans ({@code no}, {@code on}, {@code yes} stay strings), dates and times stay strings, integers with a
 * leading zero, underscores, hex or octal prefixes stay strings, and {@code .inf}/{@code .nan} stay strings because
 * JSON has no such numbers. The original text of every scalar survives anyway in the README source.
 */
final class YamlValues {
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?((\\.[0-9]+|(0|[1-9][0-9]*)\\.[0-9]*)([eE][-+]?[0-9]+)?|(0|[1-9][0-9]*)[eE][-+]?[0-9]+)");
    private static final String STR_TAG = "tag:yaml.org,2002:str";

    private YamlValues() {}

    /** The Java value of a node; aliases are expanded (their size was bounded when composing). */
    static Object value(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return scalar(s);
        }
        if (n instanceof YNode.Seq q) {
            List<Object> l = new ArrayList<>(q.items().size());
            for (YNode i : q.items()) {
                l.add(value(i));
            }
            return l;
        }
        YNode.Map m = (YNode.Map) n;
        Map<String, Object> map = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries()) {
            map.put(e.key(), value(e.value()));
        }
        return map;
    }

    /**
     * The Java value of a node as huggingface_hub reads it (PyYAML's {@code safe_load}, YAML 1.1): plain {@code no} is
     * false, {@code 24_700_000} a number, {@code .nan} not-a-number. Used for values the card has no field for, so that
     * writing them back gives huggingface_hub the same value.
     */
    static Object pyValue(YNode n) {
        if (n instanceof YNode.Scalar s) {
            return !s.plain() || s.tag() != null ? scalar(s) : PyYamlScalars.resolve(s.text());
        }
        if (n instanceof YNode.Seq q) {
            List<Object> l = new ArrayList<>(q.items().size());
            for (YNode i : q.items()) {
                l.add(pyValue(i));
            }
            return l;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (YNode.Entry e : ((YNode.Map) n).entries()) {
            map.put(e.key(), pyValue(e.value()));
        }
        return map;
    }

    /** The typed value of a scalar; quoted, block and {@code !!str}-tagged scalars are always strings. */
    static Object scalar(YNode.Scalar s) {
        if (!s.plain() || STR_TAG.equals(s.tag())) {
            return s.text();
        }
        return plain(s.text());
    }

    /** The typed value of plain scalar text. */
    static Object plain(String t) {
        switch (t) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                break;
        }
        if (INT.matcher(t).matches()) {
            BigInteger b = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
            if (b.bitLength() < 32) {
                return b.intValue();
            }
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (FLOAT.matcher(t).matches()) {
            double d = Double.parseDouble(t);
            return Double.isInfinite(d) ? t : d;
        }
        return t;
    }

    /** Whether the node is a scalar holding text, not a number, boolean or null. */
    static boolean isText(YNode n) {
        return n instanceof YNode.Scalar s && scalar(s) instanceof String;
    }
}
