package io.modelcards.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelcards.card.DatasetProfile;
import io.modelcards.card.DatasetStatistics.Column;
import io.modelcards.card.DatasetStatistics.TopValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles {@link KnownData} in every format and checks each figure against what the data is known to hold. */
class ProfilerTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> formats() throws Exception {
        return Stream.of(
                Arguments.of("jsonl", KnownData.write(dir, "d.jsonl", KnownData.jsonl()), true),
                Arguments.of("csv", KnownData.write(dir, "d.csv", KnownData.delimited(',')), false),
                Arguments.of("tsv", KnownData.write(dir, "d.tsv", KnownData.delimited('\t')), false),
                Arguments.of("gzip", KnownData.gzip(dir, "d.jsonl.gz", KnownData.jsonl()), true),
                Arguments.of("zstd", KnownData.zstd(dir, "d.csv.zst", KnownData.delimited(',')), false),
                Arguments.of("parquet", KnownData.parquet(dir), true),
                Arguments.of("shards", KnownData.shards(dir), true));
    }

    static DatasetProfile profile(Path p, int threads) throws Exception {
        return Profiler.builder().addInput(p).optThreads(threads).optSplit("train").build().run();
    }

    static Column column(DatasetProfile p, String name) {
        return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The quantile definition the profile states: the smallest value whose cumulative count reaches q·n. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    static double std(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyRowIsCountedAndNoProblemIsReported(String format, Path data, boolean lists) throws Exception {
        DatasetProfile p = profile(data, 2);
        assertThat(p.rows()).isEqualTo(KnownData.ROWS);
        assertThat(p.method()).isEqualTo("exact");
        assertThat(p.problems()).isEmpty();
        assertThat(p.columns().stream().map(Column::name).toList()).startsWith("id", "label", "score", "text", "category");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anIntColumnHasExactMomentsQuantilesAndDistinctCount(String format, Path data, boolean lists) throws Exception {
        Column id = column(profile(data, 2), "id");
        double[] v = IntStream.range(0, KnownData.ROWS).asDoubleStream().toArray();
        assertThat(id.type()).isEqualTo("int");
        assertThat(id.count()).isEqualTo(1000);
        assertThat(id.nulls()).isZero();
        assertThat(id.distinct()).isEqualTo(1000);
        assertThat(id.distinctExact()).isTrue();
        assertThat(id.min()).isEqualTo(0.0);
        assertThat(id.max()).isEqualTo(999.0);
        assertThat(id.mean()).isEqualTo(499.5);
        assertThat(id.std()).isCloseTo(std(v), within(1e-9));
        for (String q : List.of("p1", "p5", "p25", "p50", "p75", "p95", "p99")) {
            assertThat(id.quantiles().get(q)).as(q).isEqualTo(quantile(v, Integer.parseInt(q.substring(1)) / 100.0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aFloatColumnWithNullsCountsThemAndSummarisesTheRest(String format, Path data, boolean lists) throws Exception {
        Column score = column(profile(data, 2), "score");
        double[] v = IntStream.range(0, KnownData.ROWS).filter(i -> i % 10 != 0).mapToDouble(i -> i / 10.0).sorted().toArray();
        assertThat(score.type()).isEqualTo("float");
        assertThat(score.count()).isEqualTo(900);
        assertThat(score.nulls()).isEqualTo(100);
        assertThat(score.min()).isEqualTo(0.1);
        assertThat(score.max()).isEqualTo(99.9);
        assertThat(score.mean()).isCloseTo(mean(v), within(1e-9));
        assertThat(score.std()).isCloseTo(std(v), within(1e-9));
        assertThat(score.quantiles().get("p50")).isEqualTo(quantile(v, 0.5));
        assertThat(score.histogram().counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(900);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theLabelIsDetectedWithItsClassDistribution(String format, Path data, boolean lists) throws Exception {
        DatasetProfile p = profile(data, 2);
        assertThat(p.label().column()).isEqualTo("label");
        assertThat(p.label().detected()).isTrue();
        assertThat(p.label().classes()).containsExactly(new TopValue("0", 334, 33.4), new TopValue("1", 333, 33.3),
                new TopValue("2", 333, 33.3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aCategoryColumnHasItsTopValuesWithTiesInValueOrder(String format, Path data, boolean lists) throws Exception {
        Column c = column(profile(data, 2), "category");
        assertThat(c.type()).isEqualTo("string");
        assertThat(c.distinct()).isEqualTo(3);
        assertThat(c.top()).containsExactly(new TopValue("red", 500, 50.0), new TopValue("blue", 250, 25.0),
                new TopValue("green", 250, 25.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void textLengthsAreCountedInCharactersAndWords(String format, Path data, boolean lists) throws Exception {
        Column t = column(profile(data, 2), "text");
        double[] chars = IntStream.range(0, KnownData.ROWS)
                .mapToDouble(i -> KnownData.text(i).codePointCount(0, KnownData.text(i).length())).toArray();
        double[] words = IntStream.range(0, KnownData.ROWS).mapToDouble(i -> i % 5 + 1).toArray();
        assertThat(t.chars().mean()).isCloseTo(mean(chars), within(1e-9));
        assertThat(t.chars().min()).isEqualTo(5.0);
        assertThat(t.chars().max()).isEqualTo(Arrays.stream(chars).max().orElseThrow());
        assertThat(t.words().mean()).isEqualTo(3.0);
        assertThat(t.words().total()).isEqualTo(Arrays.stream(words).sum());
        assertThat(t.distinct()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void listLengthsAreSummarised(String format, Path data, boolean lists) throws Exception {
        if (!lists) {
            return; // CSV and TSV have no lists; the other formats check them
        }
        DatasetProfile p = profile(data, 2);
        Column tags = column(p, "tags");
        assertThat(tags.type()).isEqualTo("list");
        assertThat(tags.listLength().mean()).isEqualTo(1.5);
        assertThat(tags.listLength().max()).isEqualTo(3.0);
        assertThat(column(p, "tags[]").count()).isEqualTo(1500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void oneThreadAndTwoThreadsGiveTheSameProfile(String format, Path data, boolean lists) throws Exception {
        assertThat(profile(data, 1)).isEqualTo(profile(data, 2));
    }

    @Test
    void theSampleIsSeededAndItsRowsComeFromTheData() throws Exception {
        Path data = KnownData.write(dir, "s.jsonl", KnownData.jsonl());
        DatasetProfile a = Profiler.builder().addInput(data).optSample(4).optSeed(1).build().run();
        DatasetProfile b = Profiler.builder().addInput(data).optSample(4).optSeed(1).optThreads(1).build().run();
        DatasetProfile c = Profiler.builder().addInput(data).optSample(4).optSeed(2).build().run();
        assertThat(a.samples()).hasSize(4).isEqualTo(b.samples()).isNotEqualTo(c.samples());
        assertThat(a.seed()).isEqualTo(1L);
        for (var row : a.samples()) {
            int i = Integer.parseInt(row.get("id"));
            assertThat(row.get("text")).isEqualTo(KnownData.text(i));
            assertThat(row.get("category")).isEqualTo(KnownData.CATEGORIES[i % 4]);
        }
    }

    @Test
    void aNamedLabelThatDoesNotExistIsAnError() throws Exception {
        Path data = KnownData.write(dir, "l.csv", KnownData.delimited(','));
        assertThatThrownBy(() -> Profiler.builder().addInput(data).optLabel("nope").build().run())
                .hasMessageContaining("no column \"nope\" to take as the label; columns are id, label, score, text, category");
    }

    @Test
    void theContentHashOfOneFileIsItsSha256() throws Exception {
        Path data = KnownData.write(dir, "h.jsonl", KnownData.jsonl());
        DatasetProfile p = profile(data, 2);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data)));
        assertThat(p.contentHash()).isEqualTo("sha256:" + sha);
        assertThat(p.files().get(0).sha256()).isEqualTo(sha);
    }

    @Test
    void aParquetFileSplitAmongWorkersCountsEveryRowOnce() throws Exception {
        Path p = KnownData.parquet(dir.resolve("big.parquet"),
                "SELECT i AS id, i % 7 AS label, 'text ' || (i % 1000) AS text FROM range(120000) t(i)", "ROW_GROUP_SIZE 10000");
        for (int threads : new int[] {1, 2}) {
            DatasetProfile one = profile(p, threads);
            assertThat(one.rows()).isEqualTo(120_000);
            Column id = column(one, "id");
            assertThat(id.count()).isEqualTo(120_000);
            assertThat(id.mean()).isEqualTo(59_999.5);
            // Past the exact bound of 100,000 the distinct count is an HLL estimate: within 3 standard errors.
            assertThat(id.distinctExact()).isFalse();
            assertThat((double) id.distinct()).isCloseTo(120_000, within(120_000 * 3 * one.accuracy().distinctRelativeError()));
            assertThat(column(one, "text").distinct()).isEqualTo(1000);
            assertThat(one.label().classes().get(0)).isEqualTo(new TopValue("0", 17_143, 14.29));
        }
    }
}
