package io.modelcards.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.citation.BundledCitations;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.Golden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hand-written loop through the recorder: every captured section survives every core output format. */
class CapturedCardOutputsTest {
    static ModelCard card;

    @BeforeAll
    static void trainAToyModel() {
        CardRecorder r = CardRecorder.builder().setModelName("toy-classifier").optModelType("text classifier")
                .optTaskType("text-classification").optSeed(7)
                .optDataset(DatasetInfoBuilder.builder().name("toy").role("training").sourceUri("file:///data/toy.csv").split("train")
                        .rows(100L).build())
                .optCitation(BundledCitations.of("sgd").orElseThrow()).build();
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("epochs", 3);
        hp.put("optimizer", Map.of("lr", 0.05));
        hp.put("hf_token", "not-a-real-one");
        r.trainingStarted(hp, Map.of("epochs", 3, "optimizer", Map.of("lr", 0.1)));
        double w = 0;
        for (int step = 1; step <= 30; step++) {
            w += 0.05 * (1 - w);
            r.log(step, step / 10.0, Map.of("loss", 1 - w));
            if (step % 10 == 0) {
                r.checkpoint(step, step == 20);
            }
        }
        double[] correct = new double[100];
        for (int i = 0; i < 100; i++) {
            correct[i] = i % 5 == 0 ? 0 : 1;
        }
        r.onEvaluated(Evaluated.of(30, "LabelEvaluator", "toy", "test", Map.of("accuracy", 0.8))
                .withPrimary("accuracy").withPerExample(Map.of("accuracy", correct)));
        r.onTrainingEnded(new TrainingEnded(30));
        card = r.toCard();
    }

    @Test
    void theJsonFormReadsBackToTheSameCard() throws Exception {
        assertThat(CardCodec.fromJson(CardCodec.toJson(card), "card.json")).isEqualTo(card);
    }

    @Test
    void theYamlFormReadsBackToTheSameCard() throws Exception {
        assertThat(CardCodec.fromYaml(CardCodec.toYaml(card), "card.yaml")).isEqualTo(card);
    }

    @Test
    void theReadmeCarriesTheModelIndexAndDatasets() throws Exception {
        String readme = ReadmeCodec.write(card);
        ModelCard back = ReadmeCodec.parse(readme, "README.md", false).card();

        assertThat(back.metadata().evalResults()).isEqualTo(card.metadata().evalResults());
        assertThat(back.metadata().datasets()).containsExactly("toy");
    }

    @Test
    void theCapturedSectionsAreAllPresent() {
        assertThat(card.training().hyperparameters().nonDefault()).containsExactly("optimizer.lr", "hf_token");
        assertThat(card.training().hyperparameters().redacted()).containsExactly("hf_token");
        assertThat(card.training().log()).hasSize(30).filteredOn(e -> e.best()).singleElement()
                .satisfies(e -> assertThat(e.step()).isEqualTo(20));
        assertThat(card.evaluation().quantitative()).singleElement().satisfies(q -> {
            assertThat(q.ciLow()).isLessThan(0.8);
            assertThat(q.ciHigh()).isGreaterThan(0.8);
        });
        assertThat(card.details().citations()).hasSize(1);
        assertThat(card.provenance().origins().keySet()).contains("/training/log", "/training/hyperparameters",
                "/evaluation/quantitative", "/metadata/eval_results", "/datasets", "/details/citations");
    }

    @Test
    void theJsonMatchesTheGoldenFile() {
        Golden.assertMatches("io/modelcards/capture/captured-card.json", CardCodec.toJson(card));
    }

    @Test
    void theSameRunGivesTheSameBytes() {
        ModelCard first = card;
        trainAToyModel();

        assertThat(CardCodec.toJson(card)).isEqualTo(CardCodec.toJson(first));
        assertThat(List.of(ReadmeCodec.write(card))).containsExactly(ReadmeCodec.write(first));
    }
}
