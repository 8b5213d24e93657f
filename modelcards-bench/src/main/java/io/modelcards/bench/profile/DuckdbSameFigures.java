package io.modelcards.bench.profile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DuckDB computing the figures a profile reports, in one fresh JVM: the fair peer for the work, beside
 * {@code SUMMARIZE} (the peer the target names), which computes far fewer.
 *
 * <p>One query, built from the file's columns (numbers, texts and lists of texts: the benchmark's data has no others):
 * for every number its count, nulls, distinct count, min, max, mean, standard deviation, seven quantiles and ten most
 * frequent values; for every text the same count, nulls, distinct count and top ten, and the distributions of its
 * length in characters and of its word count; for every list its length distribution, and its elements as texts.
 * Where the profile is exact within bounds DuckDB's approximate functions stand in ({@code approx_count_distinct},
 * {@code approx_quantile}, {@code approx_top_k}), and words are counted as spaces + 1 rather than runs of whitespace;
 * histograms, the privacy scan, the file's SHA-256 and the sample rows are left out. Every simplification makes
 * DuckDB's side cheaper (and coarser: its distinct count was 16% off on 2,000 values in {@code DuckdbSameFiguresTest}),
 * so a ratio against it understates modelcards.
 */
public final class DuckdbSameFigures {
    private static final String QUANTILES = "[0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]";

    private DuckdbSameFigures() {}

    /**
     * Computes the figures of one file and prints how many it read back.
     *
     * @param args the format ({@code jsonl}, {@code csv} or {@code parquet}) and the file
     * @throws SQLException when DuckDB fails: the run fails and says so
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("usage: DuckdbSameFigures jsonl|csv|parquet FILE");
            System.exit(2);
        }
        Contenders.Format format = Contenders.Format.valueOf(args[0].toUpperCase(Locale.ROOT));
        try (Connection db = Contenders.duckdb()) {
            System.out.println(figures(db, format, Path.of(args[1])).size() + " figures");
        }
    }

    /** Computes the figures of one file: figure name ({@code column.figure}) to value, in query order. */
    static Map<String, Object> figures(Connection db, Contenders.Format format, Path file) throws SQLException {
        String source = format.duckdbFunction + "(" + BenchData.literal(file) + ")";
        try (Statement s = db.createStatement()) {
            String sql = query(columns(s, source), source);
            Map<String, Object> out = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.put(meta.getColumnLabel(i), rs.getObject(i));
                }
            }
            return out;
        }
    }

    /** The file's columns as (name, DuckDB type) pairs. */
    private static List<String[]> columns(Statement s, String source) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                out.add(new String[] {rs.getString("column_name"), rs.getString("column_type")});
            }
        }
        return out;
    }

    /**
     * One row of figures, each named {@code column.figure} (e.g. {@code text.chars.mean}, {@code tags[].top}): the
     * columns' over one scan, then each list's elements over its own unnest.
     */
    static String query(List<String[]> columns, String source) {
        List<String> rowFigures = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String[] c : columns) {
            String ref = '"' + c[0].replace("\"", "\"\"") + '"';
            String type = c[1].toUpperCase(Locale.ROOT);
            if (type.endsWith("[]")) {
                rowFigures.add(counts(ref, c[0]));
                rowFigures.add(distribution("len(" + ref + ")", c[0] + ".length"));
                parts.add("(SELECT " + text("e", c[0] + "[]") + " FROM (SELECT unnest(" + ref + ") AS e FROM t))");
            } else if (type.contains("CHAR")) {
                rowFigures.add(text(ref, c[0]));
            } else {
                rowFigures.add(counts(ref, c[0]) + ", " + values(ref, c[0]) + ", " + distribution(ref, c[0]));
            }
        }
        StringBuilder sql = new StringBuilder("WITH t AS (SELECT * FROM ").append(source).append(") SELECT * FROM (SELECT ")
                .append(String.join(", ", rowFigures)).append(" FROM t)");
        for (String p : parts) {
            sql.append(", ").append(p);
        }
        return sql.toString();
    }

    private static String counts(String c, String name) {
        return "count(" + c + ") AS " + alias(name, "count") + ", count(*) - count(" + c + ") AS " + alias(name, "nulls");
    }

    private static String values(String c, String name) {
        return "approx_count_distinct(" + c + ") AS " + alias(name, "distinct") + ", approx_top_k(" + c + ", 10) AS "
                + alias(name, "top");
    }

    private static String text(String c, String name) {
        return counts(c, name) + ", " + values(c, name) + ", " + distribution("length(" + c + ")", name + ".chars") + ", "
                + distribution("(length(" + c + ") - length(replace(" + c + ", ' ', '')) + 1)", name + ".words");
    }

    private static String distribution(String e, String name) {
        return "min(" + e + ") AS " + alias(name, "min") + ", max(" + e + ") AS " + alias(name, "max") + ", avg(" + e
                + ") AS " + alias(name, "mean") + ", stddev_samp(" + e + ") AS " + alias(name, "std") + ", approx_quantile("
                + e + ", " + QUANTILES + ") AS " + alias(name, "quantiles");
    }

    private static String alias(String name, String figure) {
        return '"' + (name + "." + figure).replace("\"", "\"\"") + '"';
    }
}
