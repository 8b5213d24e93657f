package io.modelcards.profile.internal.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetReaderTest {
    @TempDir
    Path dir;

    /** Writes the rows of {@code select} to a Parquet file with DuckDB and returns its path. */
    private Path parquet(String select) throws Exception {
        Path file = dir.resolve("data.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }

    private static List<String> read(Path file, CallLogTarget target) throws Exception {
        ParquetReader.read(file, 3, "shown/data.parquet", target, n -> {});
        return target.log;
    }

    private static CallLogTarget noSample() {
        return new CallLogTarget(offset -> false);
    }

    @Test
    void numbersAndNullsGoToTheMatchingSinkCallsRowByRow() throws Exception {
        Path file = parquet("SELECT * FROM (VALUES (1, 0.5::DOUBLE, true), (2, NULL, false)) t(id, score, ok)");
        assertThat(read(file, noSample())).containsExactly(
                "id int 1", "score float 0.5", "ok bool true", "end 3 shown/data.parquet line 1 offset 0 no sample",
                "id int 2", "score null", "ok bool false", "end 3 shown/data.parquet line 2 offset 1 no sample");
    }

    @Test
    void stringsArriveAsTheirUtf8Bytes() throws Exception {
        Path file = parquet("SELECT * FROM (VALUES ('héllo wörld ✓ 😀'), (''), (NULL)) t(s)");
        assertThat(read(file, noSample())).filteredOn(e -> e.startsWith("s ")).containsExactly(
                "s text héllo wörld ✓ 😀", "s text ", "s null");
    }

    @Test
    void listElementsGoToTheElementSinkAfterTheListLength() throws Exception {
        Path file = parquet("SELECT * FROM (VALUES (['a', 'b']), ([]::VARCHAR[]), (NULL), (['c', NULL])) t(tags)");
        assertThat(read(file, noSample())).filteredOn(e -> e.startsWith("tags")).containsExactly(
                "tags list 2", "tags[] text a", "tags[] text b", "tags list 0", "tags null",
                "tags list 2", "tags[] text c", "tags[] null");
    }

    @Test
    void structFieldsGoToTheirFieldSinks() throws Exception {
        Path file = parquet("SELECT {'a': 7, 'b x': [1.5::DOUBLE]} AS st UNION ALL SELECT NULL");
        assertThat(read(file, noSample())).filteredOn(e -> e.startsWith("st")).containsExactly(
                "st struct", "st.a int 7", "st.b x list 1", "st.b x[] float 1.5", "st null");
    }

    @Test
    void binaryValuesArriveAsTheirLengthsAtAnyDepth() throws Exception {
        Path file = parquet("SELECT '\\xAA\\xBB\\xCC'::BLOB AS img, ['\\x01'::BLOB, NULL] AS parts,"
                + " {'raw': ''::BLOB} AS doc");
        assertThat(read(file, noSample())).containsExactly(
                "img binary 3", "parts list 2", "parts[] binary 1", "parts[] null", "doc struct", "doc.raw binary 0",
                "end 3 shown/data.parquet line 1 offset 0 no sample");
    }

    @Test
    void datesAndTimestampsArriveAsIsoText() throws Exception {
        Path file = parquet("SELECT DATE '2024-02-29' AS d, TIMESTAMP '2024-01-02 03:04:05.5' AS ts");
        assertThat(read(file, noSample())).startsWith("d text 2024-02-29", "ts text 2024-01-02T03:04:05.5");
    }

    @Test
    void decimalsArriveAsFloatsAndIntegersBeyondALongAsFloats() throws Exception {
        Path file = parquet("SELECT 12.25::DECIMAL(10,2) AS price, 18446744073709551615::UBIGINT AS big,"
                + " 5::UBIGINT AS small");
        assertThat(read(file, noSample())).startsWith("price float 12.25", "big float 1.8446744073709552E19",
                "small int 5");
    }

    @Test
    void mapsArriveAsListsOfKeyValueStructs() throws Exception {
        Path file = parquet("SELECT MAP {'k': 1} AS m");
        assertThat(read(file, noSample())).startsWith("m list 1", "m[] struct", "m[].key text k", "m[].value int 1");
    }

    @Test
    void aRowTheSampleWantsIsPassedAsOneJsonObject() throws Exception {
        Path file = parquet("SELECT 1 AS id, 'say \"hi\"\n' AS t, [1, NULL] AS l, ['é', 'a\\b'] AS tags, {'a': true} AS s,"
                + " '\\xAA'::BLOB AS b, 'NaN'::DOUBLE AS f, DATE '2024-01-02' AS d");
        assertThat(read(file, new CallLogTarget(offset -> true))).last().isEqualTo(
                "end 3 shown/data.parquet line 1 offset 0 {\"id\":1,\"t\":\"say \\\"hi\\\"\\n\",\"l\":[1,null],\"tags\":[\"é\",\"a\\\\b\"],"
                        + "\"s\":{\"a\":true},\"b\":\"<1 bytes>\",\"f\":\"NaN\",\"d\":\"2024-01-02\"}");
    }

    @Test
    void onlyRowsTheSampleWantsGetBytes() throws Exception {
        Path file = parquet("SELECT range AS n FROM range(3)");
        assertThat(read(file, new CallLogTarget(offset -> offset == 1))).filteredOn(e -> e.startsWith("end"))
                .containsExactly("end 3 shown/data.parquet line 1 offset 0 no sample",
                        "end 3 shown/data.parquet line 2 offset 1 {\"n\":1}",
                        "end 3 shown/data.parquet line 3 offset 2 no sample");
    }

    @Test
    void progressIsReportedEvery65536RowsAndAtTheEnd() throws Exception {
        Path file = parquet("SELECT range AS n FROM range(150000)");
        List<Long> progress = new ArrayList<>();
        long rows = ParquetReader.read(file, 0, "p", new CountingTarget(), progress::add);
        assertThat(rows).isEqualTo(150_000);
        assertThat(progress).containsExactly(65_536L, 131_072L, 150_000L);
    }

    @Test
    void rowsArriveInFileOrder() throws Exception {
        Path file = parquet("SELECT range AS n FROM range(200000)");
        CountingTarget target = new CountingTarget();
        ParquetReader.read(file, 0, "p", target, n -> {});
        assertThat(target.inOrder).isTrue();
        assertThat(target.rows).isEqualTo(200_000);
    }

    @Test
    void aRangeOfRowsKeepsTheFilesRowNumbers() throws Exception {
        Path file = parquet("SELECT range AS n FROM range(5)");
        CallLogTarget target = noSample();
        long rows = ParquetReader.read(file, 3, "shown/data.parquet", 2, 4, target, n -> {});
        assertThat(rows).isEqualTo(2);
        assertThat(target.log).containsExactly("n int 2", "end 3 shown/data.parquet line 3 offset 2 no sample",
                "n int 3", "end 3 shown/data.parquet line 4 offset 3 no sample");
    }

    @Test
    void rangesSplitALargeFileWithoutLosingOrRepeatingRows() throws Exception {
        Path file = parquet("SELECT range AS n FROM range(300000)");
        assertThat(ParquetReader.rowCount(file, "p")).isEqualTo(300_000);
        CountingTarget first = new CountingTarget();
        CountingTarget second = new CountingTarget();
        ParquetReader.read(file, 0, "p", 0, 123_457, first, n -> {});
        ParquetReader.read(file, 0, "p", 123_457, 300_000, second, n -> {});
        assertThat(first.rows + second.rows).isEqualTo(300_000);
        assertThat(first.inOrder && second.inOrder).isTrue();
    }

    @Test
    void aFileThatIsNotParquetIsReportedAtItsFirstLine() throws Exception {
        Path file = Files.writeString(dir.resolve("data.parquet"), "id,name\n1,a\n2,b\n");
        assertThatThrownBy(() -> read(file, noSample())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(d -> {
                    assertThat(d.format()).startsWith("shown/data.parquet:1:1: error: this is not a Parquet file")
                            .endsWith("[parquet/not-parquet]");
                    assertThat(d.message()).doesNotContain("Exception").doesNotContain("\n");
                }));
    }

    @Test
    void aTruncatedParquetFileIsReportedWithoutAStackTrace() throws Exception {
        Path good = parquet("SELECT range AS n FROM range(1000)");
        byte[] bytes = Files.readAllBytes(good);
        byte[] broken = new byte[bytes.length];
        System.arraycopy(bytes, 0, broken, 0, 4);
        System.arraycopy(bytes, bytes.length - 4, broken, broken.length - 4, 4);
        Path file = Files.write(dir.resolve("broken.parquet"), broken);
        assertThatThrownBy(() -> read(file, noSample())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("parquet/unreadable");
                    assertThat(d.message()).startsWith("DuckDB cannot read this Parquet file (").doesNotContain("\n");
                }));
    }
}
