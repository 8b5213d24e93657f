package io.modelcards.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelcards.card.DatasetProfile;
import io.modelcards.card.DatasetStatistics;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equal-work contender computes the profile's figures: where both are exact they agree with the profile of the
 * same rows, so the benchmark compares the same work.
 */
class DuckdbSameFiguresTest {
    @TempDir
    static Path dir;
    private static Map<String, Object> figures;
    private static DatasetProfile profile;

    @BeforeAll
    static void profileAndQueryTheSameRows() throws Exception {
        BenchData.ensure(dir, 2000, 7);
        Path file = dir.resolve(Contenders.Format.JSONL.file);
        profile = Contenders.profile(file, null);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            figures = DuckdbSameFigures.figures(db, Contenders.Format.JSONL, file);
        }
    }

    private static DatasetStatistics.Column column(String name) {
        return profile.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static double number(String figure) {
        assertThat(figures).containsKey(figure);
        return ((Number) figures.get(figure)).doubleValue();
    }

    @Test
    void countsAndNullsAreTheProfilesForEveryScalarColumn() {
        for (String name : new String[] {"id", "text", "label", "score", "category", "tags[]"}) {
            assertThat(number(name + ".count")).as(name).isEqualTo(column(name).count());
            assertThat(number(name + ".nulls")).as(name).isEqualTo(column(name).nulls());
        }
    }

    @Test
    void numbersHaveTheProfilesMinMaxAndMean() {
        for (String name : new String[] {"id", "label", "score"}) {
            DatasetStatistics.Column c = column(name);
            assertThat(number(name + ".min")).as(name).isEqualTo(c.min());
            assertThat(number(name + ".max")).as(name).isEqualTo(c.max());
            assertThat(number(name + ".mean")).as(name).isCloseTo(c.mean(), within(1e-9 * Math.abs(c.mean())));
            assertThat(number(name + ".std")).as(name).isCloseTo(c.std(), within(1e-9 * c.std()));
        }
    }

    @Test
    void textLengthsInCharactersAreTheProfiles() {
        for (String name : new String[] {"text", "category", "tags[]"}) {
            DatasetStatistics.Column c = column(name);
            assertThat(number(name + ".chars.min")).as(name).isEqualTo(c.chars().min());
            assertThat(number(name + ".chars.max")).as(name).isEqualTo(c.chars().max());
            assertThat(number(name + ".chars.mean")).as(name).isCloseTo(c.chars().mean(), within(1e-9));
        }
    }

    @Test
    void listLengthsAreTheProfiles() {
        DatasetStatistics.Column tags = column("tags");
        assertThat(number("tags.length.min")).isEqualTo(tags.listLength().min());
        assertThat(number("tags.length.max")).isEqualTo(tags.listLength().max());
        assertThat(number("tags.length.mean")).isCloseTo(tags.listLength().mean(), within(1e-9));
    }

    @Test
    void theMostFrequentValueIsTheProfiles() throws Exception {
        for (String name : new String[] {"label", "category", "tags[]"}) {
            Object[] top = (Object[]) ((Array) figures.get(name + ".top")).getArray();
            assertThat(String.valueOf(top[0])).as(name).isEqualTo(column(name).top().get(0).value());
        }
    }

    @Test
    void distinctCountsAreCoarseEstimatesOfTheProfilesExactOnes() {
        // DuckDB's approx_count_distinct is a small sketch at every size: 11 for label's 10 values here, 2,322 for
        // the 2,000 ids (the profile counts exactly up to 100,000, then with 0.81% standard error).
        for (String name : new String[] {"id", "label", "category", "tags[]"}) {
            double exact = column(name).distinct();
            assertThat(number(name + ".distinct")).as(name).isCloseTo(exact, within(Math.max(2, 0.25 * exact)));
        }
    }
}
