package io.modelcards.profile.internal.parquet;

import java.util.List;

/**
 * The shape of a column as the reader delivers it: after {@link DuckTypes#select} has turned binary values into their
 * lengths, dates and times into text, decimals into doubles and maps into lists of key/value structs.
 */
sealed interface ColumnType {
    /** How a scalar is delivered to a {@link io.modelcards.profile.internal.scan.ValueSink}. */
    enum Kind {
        /** {@code boolValue}. */
        BOOL,
        /** {@code intValue}. */
        INT,
        /** {@code intValue} when it fits in a long, else {@code floatValue} (UBIGINT, HUGEINT, UHUGEINT). */
        WIDE_INT,
        /** {@code floatValue}. */
        FLOAT,
        /** {@code textValue}; the query returns the UTF-8 bytes. */
        TEXT,
        /** {@code textValue} of an ISO 8601 date, time or timestamp; the query returns the UTF-8 bytes. */
        TEMPORAL,
        /** {@code binaryValue} of the length the query computed; the content is never read. */
        BINARY
    }

    /** A single value. */
    record Scalar(Kind kind) implements ColumnType {}

    /** A list (or fixed-size array, or map as key/value structs) of elements. */
    record ListOf(ColumnType element) implements ColumnType {}

    /**
     * A list of texts that the query packs into one BLOB per list ({@link PackedTexts}): one value to move through
     * JDBC where a list costs an array object and a BLOB object per element.
     */
    record TextList() implements ColumnType {}

    /** A struct with its fields in declaration order. */
    record StructOf(List<String> names, List<ColumnType> types) implements ColumnType {}
}
