package io.modelcards.profile.internal.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The row formats a dataset file can have. */
public enum DataFormat {
    CSV(','), TSV('\t'), JSONL((char) 0), PARQUET((char) 0);

    private final char delimiter;

    DataFormat(char delimiter) {
        this.delimiter = delimiter;
    }

    /** The field delimiter of a delimited format; 0 for the others. */
    public char delimiter() {
        return delimiter;
    }

    /** The lower-case name used in profiles. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of {@code file}, judged by its name once a compression suffix ({@code .gz}, {@code .zst}) is
     * removed; empty if the name has no known data format.
     */
    public static Optional<DataFormat> of(Path file) {
        String n = Compression.strip(file.getFileName().toString()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".parquet") || n.endsWith(".pq")) {
            return Optional.of(PARQUET);
        }
        return Optional.empty();
    }
}
