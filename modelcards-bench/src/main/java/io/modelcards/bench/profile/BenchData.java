package io.modelcards.bench.profile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark's dataset: the same seeded rows as {@code data.jsonl}, {@code data.csv} and {@code data.parquet} in
 * one folder, with a {@code VERSION} file naming the generator version, row count and seed.
 *
 * <p>Usage: {@code BenchData DIR [ROWS] [SEED]} (default 1,000,000 rows, seed 42). Does nothing when the folder
 * already holds this version's files; otherwise writes them all again (each to a temporary name, then moved).
 */
public final class BenchData {
    /** Bump when the rows change, so that old data is regenerated. */
    static final int GENERATOR_VERSION = 2;

    private BenchData() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path dir = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        if (ensure(dir, rows, seed)) {
            System.out.println("generated " + rows + " rows (seed " + seed + ") in " + dir);
        } else {
            System.out.println("data in " + dir + " is up to date");
        }
    }

    /** Writes the three files unless they are there for this version, rows and seed; returns whether it wrote. */
    static boolean ensure(Path dir, long rows, long seed) throws IOException, SQLException {
        String version = "generator=" + GENERATOR_VERSION + " rows=" + rows + " seed=" + seed + "\n";
        Path stamp = dir.resolve("VERSION");
        if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(version)
                && Files.isRegularFile(dir.resolve("data.parquet"))) {
            return false;
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(stamp);
        Path jsonl = dir.resolve("data.jsonl.tmp");
        Path csv = dir.resolve("data.csv.tmp");
        try (Writer j = writer(jsonl); Writer c = writer(csv)) {
            c.write("id,text,label,score,tags,category\n");
            SyntheticRows source = new SyntheticRows(seed);
            StringBuilder line = new StringBuilder(1024);
            for (long i = 0; i < rows; i++) {
                SyntheticRows.Row row = source.next();
                j.append(jsonLine(row, line));
                c.append(csvLine(row, line));
            }
        }
        Files.move(jsonl, dir.resolve("data.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(csv, dir.resolve("data.csv"), StandardCopyOption.REPLACE_EXISTING);
        writeParquet(dir.resolve("data.jsonl"), dir.resolve("data.parquet"));
        Files.writeString(stamp, version);
        return true;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
    }

    /** The row as one JSON line (the texts, tags and categories need no escaping but quotes and backslashes get it). */
    static StringBuilder jsonLine(SyntheticRows.Row row, StringBuilder b) {
        b.setLength(0);
        b.append("{\"id\":").append(row.id()).append(",\"text\":");
        json(row.text(), b).append(",\"label\":").append(row.label()).append(",\"score\":")
                .append(row.score() == null ? "null" : row.score().toString()).append(",\"tags\":");
        tags(row.tags(), b).append(",\"category\":");
        return json(row.category(), b).append("}\n");
    }

    /** The row as one CSV record: text and tags quoted with doubled quotes, a null score as an empty field. */
    static StringBuilder csvLine(SyntheticRows.Row row, StringBuilder b) {
        b.setLength(0);
        b.append(row.id()).append(',');
        csv(row.text(), b).append(',').append(row.label()).append(',')
                .append(row.score() == null ? "" : row.score().toString()).append(',');
        String tags = tags(row.tags(), new StringBuilder()).toString();
        return csv(tags, b).append(',').append(row.category()).append('\n');
    }

    private static StringBuilder tags(List<String> tags, StringBuilder b) {
        b.append('[');
        for (int i = 0; i < tags.size(); i++) {
            json(tags.get(i), i == 0 ? b : b.append(','));
        }
        return b.append(']');
    }

    private static StringBuilder json(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            (c == '"' || c == '\\' ? b.append('\\') : b).append(c);
        }
        return b.append('"');
    }

    private static StringBuilder csv(String s, StringBuilder b) {
        return b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    private static void writeParquet(Path jsonl, Path parquet) throws IOException, SQLException {
        Path tmp = parquet.resolveSibling(parquet.getFileName() + ".tmp");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("COPY (SELECT * FROM read_json(" + literal(jsonl) + ", format = 'newline_delimited', columns = {"
                    + "id: 'BIGINT', text: 'VARCHAR', label: 'BIGINT', score: 'DOUBLE', tags: 'VARCHAR[]',"
                    + " category: 'VARCHAR'})) TO " + literal(tmp) + " (FORMAT parquet)");
        }
        Files.move(tmp, parquet, StandardCopyOption.REPLACE_EXISTING);
    }

    static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
