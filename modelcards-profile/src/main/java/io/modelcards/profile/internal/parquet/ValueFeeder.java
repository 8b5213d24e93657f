package io.modelcards.profile.internal.parquet;

import io.modelcards.profile.internal.parquet.ColumnType.Kind;
import io.modelcards.profile.internal.scan.ValueSink;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;

/**
 * Sends one result column's values to its sink, and nested values to the child sinks, which are looked up once and
 * kept.
 */
final class ValueFeeder {
    private final ColumnType type;
    private final ValueSink sink;
    private final Utf8Buffer text;
    private ValueFeeder elements;
    private ValueFeeder[] fields;
    private PackedTexts.Elements elementSink;

    ValueFeeder(ColumnType type, ValueSink sink, Utf8Buffer text) {
        this.type = type;
        this.sink = sink;
        this.text = text;
    }

    /** Feeds column {@code col} of the current row; scalars go through the typed getters, which do not box. */
    void feed(ResultSet rs, int col) throws SQLException {
        if (type instanceof ColumnType.TextList) {
            textList(rs.getBytes(col));
            return;
        }
        if (!(type instanceof ColumnType.Scalar s) || s.kind() == Kind.WIDE_INT) {
            feed(rs.getObject(col));
            return;
        }
        switch (s.kind()) {
            case BOOL -> {
                boolean v = rs.getBoolean(col);
                if (rs.wasNull()) sink.nullValue(); else sink.boolValue(v);
            }
            case INT -> {
                long v = rs.getLong(col);
                if (rs.wasNull()) sink.nullValue(); else sink.intValue(v);
            }
            case FLOAT -> {
                double v = rs.getDouble(col);
                if (rs.wasNull()) sink.nullValue(); else sink.floatValue(v);
            }
            case BINARY -> {
                long v = rs.getLong(col);
                if (rs.wasNull()) sink.nullValue(); else sink.binaryValue(v);
            }
            default -> text(rs.getBytes(col));
        }
    }

    /** Feeds one value as the JDBC driver returns it from {@code getObject}. */
    void feed(Object v) throws SQLException {
        if (v == null) {
            sink.nullValue();
        } else if (type instanceof ColumnType.Scalar s) {
            scalar(s.kind(), v);
        } else if (type instanceof ColumnType.TextList) {
            textList(bytes(v));
        } else if (type instanceof ColumnType.ListOf l) {
            Object[] items = (Object[]) ((Array) v).getArray();
            sink.listValue(items.length);
            if (elements == null) {
                elements = new ValueFeeder(l.element(), sink.elements(), text);
            }
            for (Object item : items) {
                elements.feed(item);
            }
        } else {
            ColumnType.StructOf st = (ColumnType.StructOf) type;
            Object[] values = ((Struct) v).getAttributes();
            sink.structValue();
            if (fields == null) {
                fields = new ValueFeeder[values.length];
            }
            for (int i = 0; i < values.length; i++) {
                if (fields[i] == null) {
                    fields[i] = new ValueFeeder(st.types().get(i), sink.field(st.names().get(i)), text);
                }
                fields[i].feed(values[i]);
            }
        }
    }

    private void scalar(Kind kind, Object v) throws SQLException {
        switch (kind) {
            case BOOL -> sink.boolValue((Boolean) v);
            case INT -> sink.intValue(((Number) v).longValue());
            case WIDE_INT -> {
                if (v instanceof BigInteger big && big.bitLength() >= 64) {
                    sink.floatValue(big.doubleValue());
                } else {
                    sink.intValue(((Number) v).longValue());
                }
            }
            case FLOAT -> sink.floatValue(((Number) v).doubleValue());
            case BINARY -> sink.binaryValue(((Number) v).longValue());
            default -> text(bytes(v));
        }
    }

    /** The bytes of a BLOB value: a byte[] at the top level, a {@link Blob} inside lists and structs. */
    static byte[] bytes(Object v) throws SQLException {
        if (v instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return (byte[]) v;
    }

    /** A packed list of texts ({@link PackedTexts}): its length, then each element, as a list's are sent. */
    private void textList(byte[] packed) {
        if (packed == null) {
            sink.nullValue();
            return;
        }
        sink.listValue(PackedTexts.count(packed));
        if (elementSink == null) {
            ValueSink to = sink.elements();
            elementSink = new PackedTexts.Elements() {
                @Override
                public void text(byte[] b, int off, int len) {
                    to.textValue(b, off, len);
                }

                @Override
                public void nullElement() {
                    to.nullValue();
                }
            };
        }
        PackedTexts.forEach(packed, elementSink);
    }

    private void text(byte[] utf8) {
        if (utf8 == null) {
            sink.nullValue();
        } else if (((ColumnType.Scalar) type).kind() == Kind.TEMPORAL) {
            text.set(utf8);
            text.isoTimestamp(0);
            sink.textValue(text.bytes, 0, text.length);
        } else {
            sink.textValue(utf8, 0, utf8.length);
        }
    }
}
