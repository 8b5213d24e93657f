package io.modelcards.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    private static DatasetProfile profile(String name, String split, long rows) {
        return DatasetProfile.of(new DatasetInfo(name, null, "data/" + name, null, "sha256:00", split, rows, null, null));
    }

    private static DatasetInfo entry(String name, String role, String revision) {
        return new DatasetInfo(name, role, null, revision, null, null, null, null, null);
    }

    @Test
    void aTestOrValidationSplitIsEvaluationAndAnyOtherIsTraining() {
        assertThat(Datasets.role(null, profile("d", " Validation ", 1))).isEqualTo("evaluation");
        assertThat(Datasets.role(null, profile("d", "dev", 1))).isEqualTo("evaluation");
        assertThat(Datasets.role(null, profile("d", "train", 1))).isEqualTo("training");
        assertThat(Datasets.role(null, profile("d", null, 1))).isEqualTo("training");
    }

    @Test
    void aGivenRoleWinsOverTheSplit() {
        assertThat(Datasets.role("training", profile("d", "test", 1))).isEqualTo("training");
    }

    @Test
    void aProfileReplacesTheEntryOfTheSameNameAndSideKeepingItsRoleAndRevision() {
        List<DatasetInfo> cards = List.of(entry("imdb", "test", "v1"), entry("other", "training", null));
        List<DatasetInfo> out = Datasets.withProfile(cards, profile(" imdb", "test", 25_000), null);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).role()).isEqualTo("test");
        assertThat(out.get(0).revision()).isEqualTo("v1");
        assertThat(out.get(0).rows()).isEqualTo(25_000);
        assertThat(out.get(0).statistics()).isNotNull();
        assertThat(out.get(1)).isEqualTo(cards.get(1));
    }

    @Test
    void aProfileOfTheSameNameOnTheOtherSideIsAdded() {
        List<DatasetInfo> cards = List.of(entry("imdb", "training", null));
        List<DatasetInfo> out = Datasets.withProfile(cards, profile("imdb", "test", 5), null);
        assertThat(out).extracting(DatasetInfo::role).containsExactly("training", "evaluation");
        assertThat(cards).hasSize(1);
    }
}
