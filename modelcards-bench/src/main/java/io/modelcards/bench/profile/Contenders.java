package io.modelcards.bench.profile;

import io.modelcards.card.DatasetProfile;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.Profiler;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The two sides of the benchmark, each run once on one file. */
final class Contenders {
    private Contenders() {}

    /** The input formats, with the DuckDB table function that reads each. */
    enum Format {
        JSONL("data.jsonl", "read_json_auto"), CSV("data.csv", "read_csv_auto"), PARQUET("data.parquet", "read_parquet");

        final String file;
        final String duckdbFunction;

        Format(String file, String duckdbFunction) {
            this.file = file;
            this.duckdbFunction = duckdbFunction;
        }
    }

    /** A fresh in-memory DuckDB on every core. */
    static Connection duckdb() throws SQLException {
        Properties p = new Properties();
        p.setProperty("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        return DriverManager.getConnection("jdbc:duckdb:", p);
    }

    /** DuckDB's version string. */
    static String duckdbVersion() throws SQLException {
        try (Connection db = duckdb(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs {@code SUMMARIZE} over the file in a fresh database and reads the whole result; returns its row count. */
    static int summarize(Format format, Path file) throws SQLException {
        String sql = "SUMMARIZE SELECT * FROM " + format.duckdbFunction + "(" + BenchData.literal(file) + ")";
        try (Connection db = duckdb(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                rows++;
            }
            return rows;
        }
    }

    /** Profiles the file with modelcards' defaults (no tokenizer unless given). */
    static DatasetProfile profile(Path file, Path tokenizer) throws IOException, InvalidInputException {
        Profiler.Builder b = Profiler.builder().addInput(file);
        if (tokenizer != null) {
            b.optTokenizer(tokenizer);
        }
        return b.build().run();
    }
}
