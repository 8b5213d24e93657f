package io.modelcards.profile.internal.parquet;

import io.modelcards.profile.internal.parquet.ColumnType.Kind;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.List;

/**
 * Writes the current result row as one JSON object in UTF-8, for the sample. Only called for rows the sample wants.
 *
 * <p>Binary values appear as a string such as {@code "<1234 bytes>"} (their content was never read); non-finite
 * floats as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, which JSON cannot express.
 */
final class RowJson {
    private final List<String> names;
    private final List<ColumnType> types;
    private final Utf8Buffer out = new Utf8Buffer();

    RowJson(List<String> names, List<ColumnType> types) {
        this.names = names;
        this.types = types;
    }

    /** Builds the row; the bytes are valid until the next call. */
    Utf8Buffer build(ResultSet rs) throws SQLException {
        out.length = 0;
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i));
            out.append(':');
            value(types.get(i), rs.getObject(i + 1));
        }
        out.append('}');
        return out;
    }

    private void value(ColumnType type, Object v) throws SQLException {
        if (v == null) {
            out.append("null");
        } else if (type instanceof ColumnType.ListOf l) {
            out.append('[');
            Object[] items = (Object[]) ((Array) v).getArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(l.element(), items[i]);
            }
            out.append(']');
        } else if (type instanceof ColumnType.TextList) {
            out.append('[');
            PackedTexts.forEach(ValueFeeder.bytes(v), new PackedTexts.Elements() {
                private boolean first = true;

                @Override
                public void text(byte[] b, int off, int len) {
                    comma();
                    string(b, off, len);
                }

                @Override
                public void nullElement() {
                    comma();
                    out.append("null");
                }

                private void comma() {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                }
            });
            out.append(']');
        } else if (type instanceof ColumnType.StructOf st) {
            out.append('{');
            Object[] values = ((Struct) v).getAttributes();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(st.names().get(i));
                out.append(':');
                value(st.types().get(i), values[i]);
            }
            out.append('}');
        } else {
            scalar(((ColumnType.Scalar) type).kind(), v);
        }
    }

    private void scalar(Kind kind, Object v) throws SQLException {
        switch (kind) {
            case BOOL, INT, WIDE_INT -> out.append(v instanceof BigInteger b ? b.toString() : v.toString());
            case FLOAT -> {
                double d = ((Number) v).doubleValue();
                if (Double.isFinite(d)) {
                    out.append(Double.toString(d));
                } else {
                    string(Double.toString(d));
                }
            }
            case BINARY -> string("<" + v + " bytes>");
            case TEMPORAL -> {
                int start = out.length + 1;
                string(ValueFeeder.bytes(v));
                out.isoTimestamp(start);
            }
            default -> string(ValueFeeder.bytes(v));
        }
    }

    /** A JSON string of UTF-8 bytes, escaping quotes, backslashes and control characters. */
    private void string(byte[] utf8) {
        string(utf8, 0, utf8.length);
    }

    /** A JSON string of {@code len} UTF-8 bytes of {@code utf8} from {@code off}. */
    private void string(byte[] utf8, int off, int len) {
        out.append('"');
        for (int i = off; i < off + len; i++) {
            byte b = utf8[i];
            if (b == '"' || b == '\\') {
                out.append('\\');
                out.append((char) b);
            } else if (b >= 0 && b < 0x20) {
                escape((char) b);
            } else {
                out.appendByte(b);
            }
        }
        out.append('"');
    }

    private void escape(char c) {
        out.append('\\');
        switch (c) {
            case '\n' -> out.append('n');
            case '\r' -> out.append('r');
            case '\t' -> out.append('t');
            default -> out.append(String.format("u%04x", (int) c));
        }
    }

    private void string(String s) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append(s.substring(from, i));
                out.append('\\');
                out.append(c);
                from = i + 1;
            } else if (c < 0x20) {
                out.append(s.substring(from, i));
                escape(c);
                from = i + 1;
            }
        }
        out.append(s.substring(from));
        out.append('"');
    }
}
