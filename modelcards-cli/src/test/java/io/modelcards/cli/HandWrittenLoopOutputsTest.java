package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.capture.Evaluated;
import io.modelcards.capture.SliceMetrics;
import io.modelcards.capture.citation.BundledCitations;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hand-written training loop through the recorder, then every captured section checked in the md and html outputs. */
class HandWrittenLoopOutputsTest {
    static RenderedCard md;
    static RenderedCard html;

    @BeforeAll
    static void trainByHand() {
        CardRecorder recorder = CardRecorder.builder().setModelName("hand-loop").optTaskType("text-classification").optSeed(7)
                .optDataset(DatasetInfoBuilder.builder().name("reviews").role("training").sourceUri("file:reviews.csv")
                        .contentHash("sha256:" + "ab".repeat(32)).split("train").rows(1000L).build())
                .optCitation(BundledCitations.of("adam").orElseThrow())
                .build();
        recorder.trainingStarted(Map.of("lr", 0.01, "epochs", 3, "optimizer", Map.of("name", "adam", "beta1", 0.9)),
                Map.of("lr", 0.001, "epochs", 3));
        SplittableRandom rng = new SplittableRandom(7);
        double[] correct = new double[200];
        for (int step = 1; step <= 300; step++) {
            recorder.log(step, step / 100.0, Map.of("loss", 1.0 / step + rng.nextDouble() * 0.01));
        }
        recorder.checkpoint(300, true);
        for (int i = 0; i < correct.length; i++) {
            correct[i] = rng.nextDouble() < 0.9 ? 1 : 0;
        }
        recorder.onEvaluated(Evaluated.of(300, "Accuracy", "reviews", "test", Map.of("accuracy", 0.9)).withPrimary("accuracy")
                .withPerExample(Map.of("accuracy", correct))
                .withSlices(List.of(new SliceMetrics(Map.of("language", "de"), Map.of("accuracy", 0.8)))));
        ModelCard card = recorder.toCard();
        CardRenderer renderer = CardRenderer.create();
        md = renderer.render(RenderRequest.of(card, OutputFormat.MD));
        html = renderer.render(RenderRequest.of(card, OutputFormat.HTML));
    }

    @Test
    void hyperparametersAppearWithTheNonDefaultOnesMarked() {
        assertThat(md.output()).contains("| `lr` | 0.01 | ✎ |", "`optimizer.beta1`");
        assertThat(html.output()).contains("optimizer.beta1");
    }

    @Test
    void theCurveIsAChartFileForMarkdownAndInlineSvgForHtml() {
        assertThat(md.output()).contains("![Training curve](training_curve.svg)");
        assertThat(md.attachments()).containsKey("training_curve.svg");
        assertThat(html.output()).contains("<svg").doesNotContain("training_curve.svg\"");
    }

    @Test
    void evaluationShowsThePrimaryMetricWithItsIntervalAndTheSlice() {
        assertThat(md.output()).containsPattern("\\*\\*accuracy\\*\\* ↑ \\| 0\\.9000 \\| \\[0\\.\\d{4}, 0\\.\\d{4}\\] \\(95%\\)")
                .contains("language = de");
        // The sanitizer writes "=" as an entity.
        assertThat(html.output()).contains("language &#61; de");
    }

    @Test
    void theDatasetAndTheCitationAppearInBothFormats() {
        assertThat(md.output()).contains("sha256:abab", "@inproceedings{kingma2015adam");
        assertThat(html.output()).contains("sha256:abab", "kingma");
    }

    @Test
    void theMetadataCarriesTheModelIndexForTheHub() {
        assertThat(md.output()).startsWith("---\n").contains("model-index:\n- name: hand-loop\n", "type: accuracy");
    }
}
