package io.modelcards.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataTest {
    @TempDir
    Path dir;

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        BenchData.ensure(dir.resolve("a"), 500, 7);
        BenchData.ensure(dir.resolve("b"), 500, 7);
        assertThat(Files.readAllBytes(dir.resolve("a/data.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b/data.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("a/data.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b/data.csv")));
    }

    @Test
    void dataOfTheSameVersionIsNotWrittenAgain() throws Exception {
        assertThat(BenchData.ensure(dir, 100, 7)).isTrue();
        assertThat(BenchData.ensure(dir, 100, 7)).isFalse();
        assertThat(BenchData.ensure(dir, 101, 7)).isTrue();
    }

    @Test
    void jsonlCsvAndParquetHoldTheSameRowsForDuckdb() throws Exception {
        BenchData.ensure(dir, 2000, 7);
        String json = "SELECT id, text, label, score, CAST(tags AS VARCHAR) AS tags, category FROM read_json('"
                + dir.resolve("data.jsonl") + "', columns = {id: 'BIGINT', text: 'VARCHAR', label: 'BIGINT',"
                + " score: 'DOUBLE', tags: 'VARCHAR[]', category: 'VARCHAR'})";
        String csv = "SELECT id, text, label, score, CAST(CAST(tags AS JSON) AS VARCHAR[]) AS tags, category FROM"
                + " read_csv('" + dir.resolve("data.csv") + "', header = true, columns = {id: 'BIGINT', text: 'VARCHAR',"
                + " label: 'BIGINT', score: 'DOUBLE', tags: 'VARCHAR', category: 'VARCHAR'})";
        String parquet = "SELECT id, text, label, score, CAST(tags AS VARCHAR) AS tags, category FROM read_parquet('"
                + dir.resolve("data.parquet") + "')";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM (" + json + ")")).isEqualTo(2000);
            assertThat(count(s, "SELECT count(*) FROM ((" + json + ") EXCEPT ALL (" + parquet + "))")).isZero();
            String csvTags = "SELECT id, text, label, score, CAST(tags AS VARCHAR) AS tags, category FROM (" + csv + ")";
            assertThat(count(s, "SELECT count(*) FROM ((" + json + ") EXCEPT ALL (" + csvTags + "))")).isZero();
            assertThat(count(s, "SELECT count(*) FROM ((" + csvTags + ") EXCEPT ALL (" + json + "))")).isZero();
        }
    }

    @Test
    void theColumnsHaveTheStatedShapes() throws Exception {
        BenchData.ensure(dir, 20_000, 7);
        String from = " FROM read_json_auto('" + dir.resolve("data.jsonl") + "')";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            assertThat(count(s, "SELECT count(*)" + from + " WHERE length(text) < 50 OR length(text) > 700")).isZero();
            assertThat(count(s, "SELECT count(*)" + from + " WHERE score IS NULL")).isBetween(800L, 1200L);
            assertThat(count(s, "SELECT count(*)" + from + " WHERE label = 0")).isGreaterThan(
                    3 * count(s, "SELECT count(*)" + from + " WHERE label = 9"));
            assertThat(count(s, "SELECT max(len(tags))" + from)).isEqualTo(5);
            assertThat(count(s, "SELECT count(DISTINCT category)" + from)).isEqualTo(20);
            assertThat(count(s, "SELECT count(*)" + from + " WHERE text LIKE '%@example.org%'")).isBetween(600L, 1000L);
        }
    }
}
