package io.modelcards.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CardRecorderTest {

    @Test
    void aHandWrittenLoopNeedsThreeLines() {
        CardRecorder recorder = CardRecorder.builder().setModelName("my-model").build();
        for (int step = 1; step <= 100; step++) recorder.log(step, null, Map.of("loss", 1.0 / step));
        ModelCard card = recorder.toCard();

        assertThat(card.details().name()).isEqualTo("my-model");
        assertThat(card.training().log()).hasSize(100);
        assertThat(card.training().log().get(99).metrics()).containsEntry("loss", 0.01);
    }

    @Test
    void everyHookFillsItsSectionWithAutomaticProvenance() {
        CardRecorder r = CardRecorder.builder().setModelName("clf").optTaskType("text-classification").build();
        r.onRunStarted(new RunStarted(null, "text classifier",
                List.of(DatasetInfoBuilder.builder().name("imdb").role("training").sourceUri("hf://imdb").split("train")
                        .rows(25000L).build()),
                Map.of("seed", 42)));
        r.onTrainingStarted(new TrainingStarted(Map.of("lr", 0.01), Map.of("lr", 0.1)));
        r.onMetricsLogged(new MetricsLogged(10, 0.5, Map.of("loss", 0.7)));
        r.onCheckpointSaved(new CheckpointSaved(10, true));
        r.onEvaluated(Evaluated.of(10, "LabelEvaluator", "imdb", "test", Map.of("accuracy", 0.9)).withPrimary("accuracy"));
        r.onTrainingEnded(new TrainingEnded(10));

        ModelCard card = r.toCard();

        assertThat(card.details().modelType()).isEqualTo("text classifier");
        assertThat(card.datasets()).extracting(DatasetInfo::name).containsExactly("imdb");
        assertThat(card.training().hyperparameters().all()).containsEntry("seed", 42).containsEntry("lr", 0.01);
        assertThat(card.training().log()).containsExactly(new LogEntry(10, 0.5, Map.of("loss", 0.7), true));
        assertThat(card.evaluation().quantitative()).singleElement().satisfies(q -> {
            assertThat(q.primary()).isTrue();
            assertThat(q.higherIsBetter()).isTrue();
        });
        assertThat(card.metadata().evalResults()).singleElement()
                .satisfies(e -> assertThat(e.metricValue()).isEqualTo(0.9));
        assertThat(card.provenance().origins()).containsEntry("/training/log", new Origin.Auto("capture:log"))
                .containsEntry("/training/hyperparameters", new Origin.Auto("capture:hyperparameters"))
                .containsEntry("/evaluation/quantitative", new Origin.Auto("capture:evaluate"))
                .containsEntry("/datasets", new Origin.Auto("capture:init"))
                .containsEntry("/metadata/eval_results", new Origin.Auto("capture:evaluate"));
        assertThat(r.endStep()).isEqualTo(10);
    }

    @Test
    void sectionsThatWereNotCapturedHaveNoProvenance() {
        ModelCard card = CardRecorder.builder().setModelName("m").build().toCard();

        assertThat(card.provenance().origins()).containsOnlyKeys("/details/name");
    }

    @Test
    void aMissingModelNameIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CardRecorder.builder().build()).hasMessageContaining("setModelName");
    }

    @Test
    void concurrentLoggingLosesNoEvent() throws InterruptedException {
        CardRecorder r = CardRecorder.builder().setModelName("m").optCurvePoints(8000).optStoreCapacity(8000).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    r.log(thread * 1000L + i, "m" + thread, i);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(r.toCard().training().log()).hasSize(4000);
    }

    @Test
    void theCardIsImmutable() {
        CardRecorder r = CardRecorder.builder().setModelName("m").build();
        r.log(1, "loss", 1.0);
        ModelCard card = r.toCard();
        r.log(2, "loss", 0.5);

        assertThat(card.training().log()).hasSize(1);
        assertThatThrownBy(() -> card.training().log().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyTrainingDatasetsAreListedInTheMetadata() {
        CardRecorder r = CardRecorder.builder().setModelName("m")
                .optDataset(DatasetInfoBuilder.builder().name("train-set").role("training").build())
                .optDataset(DatasetInfoBuilder.builder().name("test-set").role("evaluation").build()).build();

        ModelCard card = r.toCard();

        assertThat(card.metadata().datasets()).containsExactly("train-set");
        assertThat(card.datasets()).hasSize(2);
    }

    @Test
    void anAdapterOverridesOnlyTheHooksItNeeds() {
        CardRecorder r = CardRecorder.builder().setModelName("m").build();
        RunListener adapter = new RunListener() {
            @Override
            public void onMetricsLogged(MetricsLogged event) {
                r.onMetricsLogged(event);
            }
        };
        adapter.onRunStarted(new RunStarted("ignored", null, null, null));
        adapter.onMetricsLogged(new MetricsLogged(3, null, Map.of("loss", 0.25)));

        ModelCard card = r.toCard();
        assertThat(card.details().name()).isEqualTo("m");
        assertThat(card.training().log()).containsExactly(new LogEntry(3, null, Map.of("loss", 0.25), false));
    }

    @Test
    void anOutOfRangeConfidenceLevelIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CardRecorder.builder().setModelName("m").optConfidenceLevel(95).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("optConfidenceLevel");
    }
}
