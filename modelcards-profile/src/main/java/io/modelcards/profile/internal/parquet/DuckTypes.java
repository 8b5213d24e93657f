package io.modelcards.profile.internal.parquet;

import io.modelcards.profile.internal.parquet.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a DuckDB type name (as {@code DESCRIBE} prints it, e.g. {@code STRUCT(a INTEGER, "b c" BLOB[])[]}) into the
 * SQL expression that selects the column in deliverable form, and the {@link ColumnType} of what that expression
 * returns.
 *
 * <p>The expression replaces every BLOB, however deeply nested, by its {@code octet_length}, so binary content never
 * leaves DuckDB; it casts dates and times to text, decimals to DOUBLE, and other exotic types (UUID, ENUM, INTERVAL,
 * UNION, ...) to text; it turns a MAP into its list of key/value structs; and it hands every text over as its UTF-8
 * bytes ({@code encode}, typed BLOB), which is how the JDBC driver passes text cheapest.
 */
final class DuckTypes {
    /** A column's select expression and what it delivers. */
    record Selected(ColumnType type, String sql) {}

    /** The parsed type before rewriting. */
    private sealed interface Parsed {}

    private record Base(String name) implements Parsed {}

    private record ListT(Parsed element, boolean fixedSize) implements Parsed {}

    private record StructT(List<String> names, List<Parsed> types) implements Parsed {}

    private record MapT(Parsed key, Parsed value) implements Parsed {}

    private DuckTypes() {}

    /**
     * The select expression for top-level column {@code column} of DuckDB type {@code duckType}; a type name this
     * parser does not understand is read as text, DuckDB's own rendering of the value.
     */
    static Selected select(String column, String duckType) {
        return select(column, duckType, true);
    }

    /**
     * As {@link #select(String, String)}; with {@code packTextLists} false, lists of texts travel as JDBC arrays
     * ({@link ColumnType.ListOf}) instead of packed ({@link ColumnType.TextList}): the reference the packed form is
     * tested against.
     */
    static Selected select(String column, String duckType, boolean packTextLists) {
        Parser p = new Parser(duckType);
        try {
            Parsed parsed = p.type();
            if (p.pos == duckType.length()) {
                return build(parsed, identifier(column), 0, packTextLists);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // falls through to text
        }
        return base("?", identifier(column));
    }

    /** {@code name} as a quoted SQL identifier. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code text} as a SQL string literal. */
    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    private static Selected build(Parsed t, String ref, int depth, boolean packTexts) {
        if (t instanceof Base b) {
            return base(b.name(), ref);
        }
        if (t instanceof ListT l) {
            String var = "v" + depth;
            if (packTexts && l.element() instanceof Base b && b.name().equalsIgnoreCase("VARCHAR")) {
                // strlen counts bytes. The leading '[' keeps an empty list from arriving as an empty value, which
                // the driver may hand over as null.
                return new Selected(new ColumnType.TextList(), "encode(CASE WHEN " + ref + " IS NULL THEN NULL ELSE '[' || "
                        + "coalesce(array_to_string(list_transform(" + ref + ", " + var + " -> CASE WHEN " + var
                        + " IS NULL THEN '-' ELSE strlen(" + var + ")::VARCHAR || ':' || " + var + " END), ''), '') END)");
            }
            Selected el = build(l.element(), var, depth + 1, packTexts);
            // A fixed-size ARRAY goes through list_transform too, which turns it into a plain list.
            String sql = el.sql().equals(var) && !l.fixedSize() ? ref
                    : "list_transform(" + ref + ", " + var + " -> " + el.sql() + ")";
            return new Selected(new ColumnType.ListOf(el.type()), sql);
        }
        if (t instanceof MapT m) {
            Parsed entries = new ListT(new StructT(List.of("key", "value"), List.of(m.key(), m.value())), false);
            return build(entries, "map_entries(" + ref + ")", depth, packTexts);
        }
        StructT s = (StructT) t;
        List<ColumnType> types = new ArrayList<>();
        StringBuilder pack = new StringBuilder("struct_pack(");
        boolean changed = false;
        for (int i = 0; i < s.names().size(); i++) {
            String extract = "struct_extract(" + ref + ", " + literal(s.names().get(i)) + ")";
            Selected f = build(s.types().get(i), extract, depth, packTexts);
            types.add(f.type());
            changed |= !f.sql().equals(extract);
            pack.append(i == 0 ? "" : ", ").append(identifier(s.names().get(i))).append(" := ").append(f.sql());
        }
        return new Selected(new ColumnType.StructOf(List.copyOf(s.names()), types),
                changed ? pack.append(')').toString() : ref);
    }

    private static Selected base(String name, String ref) {
        String upper = name.toUpperCase(Locale.ROOT);
        Kind kind = switch (upper) {
            case "BOOLEAN" -> Kind.BOOL;
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER" -> Kind.INT;
            case "UBIGINT", "HUGEINT", "UHUGEINT" -> Kind.WIDE_INT;
            case "FLOAT", "DOUBLE", "DECIMAL" -> Kind.FLOAT;
            case "VARCHAR" -> Kind.TEXT;
            case "BLOB" -> Kind.BINARY;
            default -> upper.startsWith("DATE") || upper.startsWith("TIME") ? Kind.TEMPORAL : null;
        };
        if (kind == null) {
            return new Selected(new ColumnType.Scalar(Kind.TEXT), "encode(CAST(" + ref + " AS VARCHAR))");
        }
        String sql = switch (kind) {
            case BINARY -> "octet_length(" + ref + ")";
            // Text travels as BLOB: the driver hands a BLOB over as a byte[] copy of the UTF-8 bytes, where a VARCHAR
            // costs a Java String built per value, then encoded back to UTF-8 (twice the CPU on the reading thread).
            case TEXT -> "encode(" + ref + ")";
            case TEMPORAL -> "encode(CAST(" + ref + " AS VARCHAR))";
            case FLOAT -> upper.equals("DECIMAL") ? "CAST(" + ref + " AS DOUBLE)" : ref;
            default -> ref;
        };
        return new Selected(new ColumnType.Scalar(kind), sql);
    }

    /** A recursive-descent reader of DuckDB's type names. */
    private static final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Parsed type() {
            int start = pos;
            while (pos < s.length() && "([,)".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String name = s.substring(start, pos).trim();
            Parsed t;
            if (peek('(') && name.equalsIgnoreCase("STRUCT")) {
                t = struct();
            } else if (peek('(') && name.equalsIgnoreCase("MAP")) {
                pos++;
                Parsed key = type();
                expect(',');
                Parsed value = type();
                expect(')');
                t = new MapT(key, value);
            } else {
                if (peek('(')) {
                    skipParenthesised();
                }
                t = new Base(name.startsWith("VARCHAR") ? "VARCHAR" : name);
            }
            while (peek('[')) {
                int close = s.indexOf(']', pos);
                t = new ListT(t, close > pos + 1);
                pos = close + 1;
            }
            return t;
        }

        private Parsed struct() {
            pos++;
            List<String> names = new ArrayList<>();
            List<Parsed> types = new ArrayList<>();
            while (!peek(')')) {
                skipSpaces();
                names.add(name());
                types.add(type());
                skipSpaces();
                if (peek(',')) {
                    pos++;
                }
            }
            pos++;
            return new StructT(names, types);
        }

        private String name() {
            if (!peek('"')) {
                int start = pos;
                while (s.charAt(pos) != ' ') {
                    pos++;
                }
                return s.substring(start, pos);
            }
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"' && peek('"')) {
                    b.append('"');
                    pos++;
                } else if (c == '"') {
                    return b.toString();
                } else {
                    b.append(c);
                }
            }
        }

        private void skipParenthesised() {
            int depth = 0;
            char quote = 0;
            do {
                char c = s.charAt(pos++);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            } while (depth > 0);
        }

        private boolean peek(char c) {
            skipSpaces();
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected '" + c + "' in DuckDB type " + s + " at " + pos);
            }
            pos++;
        }
    }
}
