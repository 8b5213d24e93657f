package io.modelcards.profile.parquet;

import io.modelcards.profile.scan.RowTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** STUB until the DuckDB-backed reader lands: the signature is agreed. */
public final class ParquetReader {
    private ParquetReader() {}

    /** Feeds every row of a Parquet file to {@code target}; returns rows read. */
    public static long read(Path file, int fileIndex, String shownPath, RowTarget target, LongConsumer rowsRead)
            throws IOException, io.modelcards.diagnostic.InvalidInputException {
        throw new UnsupportedOperationException("stub");
    }
}
