package io.modelcards.profile.internal.scan;

/**
 * What a parser feeds: the columns of one worker, and the end of each row.
 *
 * <p>A parser sets {@link ScanContext#row(long, long)} before a row's values, sends each value to
 * {@link #column(String)}'s sink, then calls {@link #endRow(byte[], int, int)} once. One per worker thread.
 */
public interface RowTarget {
    /** The worker's position, and its problem list. */
    ScanContext context();

    /** The sink of a top-level column, created on first use. Parsers should cache it rather than look it up per value. */
    ValueSink column(String name);

    /** Whether the current row would be kept in the sample; lets a parser skip building sample bytes it will not need. */
    boolean sampleWanted();

    /**
     * Ends the current row: counts it and offers it to the sample.
     *
     * @param raw the row as one JSON object (UTF-8), or null when {@link #sampleWanted()} was false
     */
    void endRow(byte[] raw, int off, int len);
}
