package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.Training;
import io.modelcards.card.TrainingBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingCompareTest {

    private static Training hyper(Map<String, Object> all) {
        return TrainingBuilder.builder().hyperparameters(new Hyperparameters(all, null, null)).build();
    }

    private static Training log(double... losses) {
        List<LogEntry> entries = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            entries.add(new LogEntry(i, null, Map.of("loss", losses[i]), false));
        }
        return TrainingBuilder.builder().log(entries).build();
    }

    @Test
    void hyperparametersAreComparedByName() {
        List<KeyChange> changes = TrainingCompare.compare(hyper(Map.of("lr", 0.1, "l2", 1e-5)), hyper(Map.of("lr", 0.05, "seed", 7)))
                .hyperparameters();
        assertThat(changes).extracting(KeyChange::key, k -> k.change().kind()).containsExactlyInAnyOrder(
                tuple("lr", "changed"), tuple("l2", "removed"),
                tuple("seed", "added"));
    }

    @Test
    void theCurveSummaryGivesTheLastAndTheBestValueOfEachLog() {
        CurveChange loss = TrainingCompare.compare(log(0.9, 0.4, 0.5), log(0.8, 0.3)).curve().get(0);
        assertThat(loss).isEqualTo(new CurveChange("loss", Direction.LOWER_IS_BETTER, 0.5, 0.3, 0.4, 0.3));
    }

    @Test
    void aMetricOnlyOneLogHoldsHasNoValuesOnTheOtherSide() {
        CurveChange loss = TrainingCompare.compare(Training.EMPTY, log(0.8)).curve().get(0);
        assertThat(loss.oldFinal()).isNull();
        assertThat(loss.oldBest()).isNull();
        assertThat(loss.nowFinal()).isEqualTo(0.8);
    }
}
