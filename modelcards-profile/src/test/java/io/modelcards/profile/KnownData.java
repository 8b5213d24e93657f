package io.modelcards.profile;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A small dataset whose every statistic the tests know: {@value #ROWS} rows written as JSONL, CSV, TSV, Parquet,
 * gzip, zstd and a folder of shards.
 *
 * <p>Row i: {@code id} = i; {@code label} = i % 3; {@code score} = i / 10 except every tenth row, which is null;
 * {@code text} = the first (i % 5) + 1 words of {@link #WORDS}; {@code category} = red, green, red, blue by i % 4;
 * {@code tags} (JSONL and Parquet only) = i % 4 tags.
 */
final class KnownData {
    static final int ROWS = 1000;
    static final String[] WORDS = {"alpha", "beta", "gamma", "délta", "epsilon"};
    static final String[] CATEGORIES = {"red", "green", "red", "blue"};

    private KnownData() {}

    static Double score(int i) {
        return i % 10 == 0 ? null : i / 10.0;
    }

    static String text(int i) {
        return String.join(" ", List.of(WORDS).subList(0, i % 5 + 1));
    }

    static String jsonl() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            List<String> tags = new ArrayList<>();
            for (int k = 0; k < i % 4; k++) {
                tags.add("\"t" + k + "\"");
            }
            s.append("{\"id\": ").append(i).append(", \"label\": ").append(i % 3).append(", \"score\": ")
                    .append(score(i) == null ? "null" : score(i).toString()).append(", \"text\": \"").append(text(i))
                    .append("\", \"category\": \"").append(CATEGORIES[i % 4]).append("\", \"tags\": [")
                    .append(String.join(", ", tags)).append("]}\n");
        }
        return s.toString();
    }

    static String delimited(char d) {
        StringBuilder s = new StringBuilder("id" + d + "label" + d + "score" + d + "text" + d + "category\n");
        for (int i = 0; i < ROWS; i++) {
            s.append(i).append(d).append(i % 3).append(d).append(score(i) == null ? "" : score(i).toString()).append(d)
                    .append(i % 7 == 0 ? "\"" + text(i) + "\"" : text(i)).append(d).append(CATEGORIES[i % 4]).append('\n');
        }
        return s.toString();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Path gzip(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    static Path zstd(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The JSONL rows as Parquet, written by DuckDB, keeping the column order and types. */
    static Path parquet(Path dir) throws Exception {
        Path json = write(dir, "for-parquet.jsonl", jsonl());
        Path p = parquet(dir.resolve("d.parquet"), "SELECT id::BIGINT AS id, label::BIGINT AS label, score::DOUBLE AS score,"
                + " text, category, tags FROM read_json_auto('" + json + "')");
        Files.delete(json);
        return p;
    }

    /** Writes the rows of {@code select} to {@code file} as Parquet with DuckDB, with its COPY {@code options}. */
    static Path parquet(Path file, String select, String... options) throws Exception {
        List<String> with = new ArrayList<>(List.of("FORMAT parquet"));
        with.addAll(List.of(options));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (" + select + ") TO '" + file + "' (" + String.join(", ", with) + ")");
        }
        return file;
    }

    /** The JSONL rows cut into three shards in a folder (with a non-data file that must be ignored). */
    static Path shards(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("shards"));
        List<String> lines = jsonl().lines().toList();
        int third = lines.size() / 3;
        write(folder, "part-0.jsonl", String.join("\n", lines.subList(0, third)) + "\n");
        gzip(folder, "part-1.jsonl.gz", String.join("\n", lines.subList(third, 2 * third)) + "\n");
        zstd(folder, "part-2.jsonl.zst", String.join("\n", lines.subList(2 * third, lines.size())) + "\n");
        write(folder, "README.txt", "not data");
        return folder;
    }
}
