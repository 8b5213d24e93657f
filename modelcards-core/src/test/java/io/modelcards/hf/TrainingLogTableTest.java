package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingLogTableTest {
    private static final String TRAINER = """

            | Training Loss | Epoch | Step | Validation Loss | Accuracy |
            |:-------------:|:-----:|:----:|:---------------:|:--------:|
            | No log        | 1.0   | 313  | 0.2301          | 0.9101   |
            | 0.1812        | 2.0   | 626  | 0.2143          | 0.9312   |


            """;
    private static final String SENTENCE = """
            | Epoch   | Step    | Training Loss | sts-dev_spearman_cosine |
            |:-------:|:-------:|:-------------:|:-----------------------:|
            | 0.5     | 63      | -             | 0.8512                  |
            | **1.0** | **125** | **0.4012**    | **0.8601**              |

            * The bold row denotes the saved checkpoint.

            """;

    @SuppressWarnings("unchecked")
    private static List<LogEntry> read(String body) {
        Map<String, Object> v = TrainingLogTable.INSTANCE.read("Training results", body);
        return v == null ? null : (List<LogEntry>) v.get(HubFields.LOG);
    }

    private static ModelCard with(List<LogEntry> log) {
        return ModelCard.empty().withTraining(Training.EMPTY.withLog(log));
    }

    @Test
    void eachRowIsAnEntryWithItsStepEpochAndMetrics() {
        assertThat(read(TRAINER).get(1)).isEqualTo(new LogEntry(626, 2.0,
                Map.of("Training Loss", 0.1812, "Validation Loss", 0.2143, "Accuracy", 0.9312), false));
    }

    @Test
    void noLogIsAnAbsentValue() {
        assertThat(read(TRAINER).get(0).metrics()).doesNotContainKey("Training Loss").containsKeys("Validation Loss", "Accuracy");
    }

    @Test
    void aDashIsAnAbsentValue() {
        assertThat(read(SENTENCE).get(0).metrics()).containsOnlyKeys("sts-dev_spearman_cosine");
    }

    @Test
    void aRowInBoldIsTheBestCheckpoint() {
        assertThat(read(SENTENCE)).extracting(LogEntry::best).containsExactly(false, true);
    }

    @Test
    void aTableWithoutAStepColumnIsNoTrainingLog() {
        assertThat(read("\n| Train Loss | Epoch |\n|:---:|:---:|\n| 0.6 | 0 |\n")).isNull();
    }

    @Test
    void aTextCellThatIsNoNumberLeavesTheTableToOtherReaders() {
        assertThat(read("\n| Step | Loss |\n|---|---|\n| 10 | high |\n")).isNull();
    }

    @Test
    void aSectionWithoutATableIsAnEmptyLog() {
        assertThat(TrainingLogTable.INSTANCE.read("Training results", "\n\n")).containsEntry(HubFields.LOG, null);
    }

    @Test
    void aChangedRowRewritesOnlyThatRow() {
        List<LogEntry> log = new ArrayList<>(read(TRAINER));
        Map<String, Double> m = new LinkedHashMap<>(log.get(1).metrics());
        m.put("Accuracy", 0.94);
        log.set(1, new LogEntry(626, 2.0, m, false));
        assertThat(TrainingLogTable.INSTANCE.write(TRAINER, with(log), "\n", false)).isEqualTo(TRAINER.replace(
                "| 0.1812        | 2.0   | 626  | 0.2143          | 0.9312   |", "| 0.1812 | 2.0 | 626 | 0.2143 | 0.94 |"));
    }

    @Test
    void aNewRowUsesTheTablesOwnWordForAnAbsentValue() {
        List<LogEntry> log = new ArrayList<>(read(TRAINER));
        log.add(new LogEntry(939, 3.0, Map.of("Validation Loss", 0.2), false));
        assertThat(TrainingLogTable.INSTANCE.write(TRAINER, with(log), "\n", false))
                .contains("| 0.1812        | 2.0   | 626  | 0.2143          | 0.9312   |\n| No log | 3.0 | 939 | 0.2 | No log |\n");
    }

    @Test
    void aNewMetricAddsAColumn() {
        List<LogEntry> log = List.of(new LogEntry(63, 0.5, Map.of("Training Loss", 0.5, "F1", 0.7), false));
        String out = TrainingLogTable.INSTANCE.write(SENTENCE, with(log), "\n", false);
        assertThat(out).contains("| Epoch | Step | Training Loss | sts-dev_spearman_cosine | F1 |\n|:---:|:---:|:---:|:---:|:---:|\n"
                + "| 0.5 | 63 | 0.5 | - | 0.7 |\n");
    }
}
