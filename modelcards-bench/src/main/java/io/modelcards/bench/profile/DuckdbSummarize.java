package io.modelcards.bench.profile;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * DuckDB's side of the whole-process comparison: one fresh JVM that runs {@code SUMMARIZE} over one file through the
 * JDBC driver, reads the whole result, prints its row count and exits, as a data engineer's one-off query would.
 */
public final class DuckdbSummarize {
    private DuckdbSummarize() {}

    /**
     * Summarizes one file.
     *
     * @param args the format ({@code jsonl}, {@code csv} or {@code parquet}) and the file
     * @throws SQLException when DuckDB fails: the run fails and says so
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("usage: DuckdbSummarize jsonl|csv|parquet FILE");
            System.exit(2);
        }
        Contenders.Format format = Contenders.Format.valueOf(args[0].toUpperCase(Locale.ROOT));
        System.out.println(Contenders.summarize(format, Path.of(args[1])) + " columns summarized");
    }
}
