package io.modelcards.profile.internal.scan;

/**
 * Receives one column's values from a parser, one call per value, in row order within a chunk.
 *
 * <p>A sink is confined to one worker thread. Byte arrays passed in are only valid for the duration of the call: a
 * sink that keeps a value must copy it. Parsers never materialise binary or oversized values; they report their length
 * only, which is how media and binary columns stay out of memory.
 */
public interface ValueSink {
    /** An explicit null (JSON {@code null}, an empty CSV field, a Parquet null). */
    void nullValue();

    /** A boolean. */
    void boolValue(boolean v);

    /** An integer that fits in a long. */
    void intValue(long v);

    /** A floating-point number (or an integer too large for a long). */
    void floatValue(double v);

    /** A string as UTF-8 bytes, already unescaped and validated. */
    void textValue(byte[] utf8, int off, int len);

    /** A binary value of {@code length} bytes; its content is never read. */
    void binaryValue(long length);

    /** A list of {@code length} elements; each element is delivered to {@link #elements()}. */
    void listValue(int length);

    /** A struct; each of its fields is delivered to {@link #field(String)}. */
    void structValue();

    /** The sink for the elements of lists in this column (column name {@code name[]}). */
    ValueSink elements();

    /** The sink for a struct field of this column (column name {@code name.field}). */
    ValueSink field(String name);
}
