package io.modelcards.profile.source;

import java.util.Locale;

/** The row formats a dataset file can have. */
public enum Format {
    CSV(','), TSV('\t'), JSONL((char) 0), PARQUET((char) 0);

    private final char delimiter;

    Format(char delimiter) {
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

    /** The format of a file name with its compression suffix already removed, or null if unknown. */
    static Format ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return TSV;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return JSONL;
        }
        if (n.endsWith(".parquet") || n.endsWith(".pq")) {
            return PARQUET;
        }
        return null;
    }
}
