package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatistics.TopValue;
import io.modelcards.card.DatasetStatisticsBuilder;
import io.modelcards.card.DatasetStatisticsColumnBuilder;
import io.modelcards.card.Histogram;
import io.modelcards.card.LabelDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetCompareTest {

    private static DatasetInfoBuilder imdb() {
        return DatasetInfoBuilder.builder().name("imdb").role("training").split("train").contentHash("sha256:aa").rows(100L);
    }

    private static DatasetStatistics stats(long pos, long neg, boolean complete, long count, List<Long> hist) {
        return DatasetStatisticsBuilder.builder().rows(count)
                .label(new LabelDistribution("label", false, List.of(new TopValue("pos", pos), new TopValue("neg", neg)), complete))
                .columns(List.of(DatasetStatisticsColumnBuilder.builder().name("label").type("int").count(count)
                                .histogram(new Histogram(List.of(0.0, 1.0, 2.0), hist, true)).build(),
                        DatasetStatisticsColumnBuilder.builder().name("score").type("float").count(count)
                                .histogram(new Histogram(List.of(0.0, 1.0), List.of(count), true)).build()))
                .build();
    }

    private static List<DatasetChange> compare(List<DatasetInfo> old, List<DatasetInfo> now) {
        return DatasetCompare.compare(old, now);
    }

    @Test
    void aDatasetOnlyTheNewCardHasIsAddedWithItsHashAndRows() {
        assertThat(compare(List.of(), List.of(imdb().build()))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("added");
            assertThat(d.dataset()).isEqualTo("imdb (training, train)");
            assertThat(d.nowHash()).isEqualTo("sha256:aa");
            assertThat(d.nowRows()).isEqualTo(100L);
        });
    }

    @Test
    void aDatasetOnlyTheOldCardHasIsRemoved() {
        assertThat(compare(List.of(imdb().build()), List.of())).extracting(DatasetChange::kind).containsExactly("removed");
    }

    @Test
    void anotherContentHashIsAChange() {
        assertThat(compare(List.of(imdb().build()), List.of(imdb().contentHash("sha256:bb").build()))).singleElement()
                .satisfies(d -> {
                    assertThat(d.hashChanged()).isTrue();
                    assertThat(d.rowsChanged()).isFalse();
                });
    }

    @Test
    void anotherRowCountIsAChange() {
        assertThat(compare(List.of(imdb().build()), List.of(imdb().rows(120L).build()))).singleElement()
                .satisfies(d -> assertThat(d.rowsChanged()).isTrue());
    }

    @Test
    void anUnchangedDatasetIsNotListed() {
        assertThat(compare(List.of(imdb().build()), List.of(imdb().build()))).isEmpty();
    }

    @Test
    void aDatasetWithAnotherRoleIsAnotherDataset() {
        assertThat(compare(List.of(imdb().build()), List.of(imdb().role("evaluation").build()))).extracting(DatasetChange::kind)
                .containsExactly("removed", "added");
    }

    @Test
    void columnsProfiledInBothAreListedByHowFarTheyMovedMostFirst() {
        DatasetInfo old = imdb().statistics(stats(50, 50, true, 100, List.of(50L, 50L))).build();
        DatasetInfo now = imdb().statistics(stats(90, 10, true, 100, List.of(10L, 90L))).build();
        List<ColumnShift> shift = compare(List.of(old), List.of(now)).get(0).shift();
        assertThat(shift).extracting(ColumnShift::column, ColumnShift::measure)
                .containsExactly(tuple("label", "labels"), tuple("label", "values"),
                        tuple("score", "values"));
        assertThat(shift.get(0).divergence()).isEqualTo(shift.get(1).divergence()).isPositive();
        assertThat(shift.get(2).divergence()).isZero();
    }

    @Test
    void aLabelDistributionOfTopClassesOnlyCountsTheRestAsOneMoreClass() {
        DatasetInfo old = imdb().statistics(stats(50, 50, false, 100, List.of(50L, 50L))).build();
        DatasetInfo now = imdb().statistics(stats(50, 50, false, 200, List.of(50L, 50L))).build();
        ColumnShift labels = compare(List.of(old), List.of(now)).get(0).shift().stream().filter(s -> s.measure().equals("labels"))
                .findFirst().orElseThrow();
        assertThat(labels.divergence()).isPositive(); // the new card has 100 rows in other classes, the old none
    }
}
