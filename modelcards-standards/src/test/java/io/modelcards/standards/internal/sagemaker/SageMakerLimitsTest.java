package io.modelcards.standards.internal.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Omission;
import io.modelcards.standards.internal.mct.OfficialSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SageMaker's limits: what does not fit is reported, one omission per value, and what is written still validates. */
class SageMakerLimitsTest {
    static Exported export(ModelCard card) throws Exception {
        Exported e = SageMakerExportTest.export(card);
        assertThat(OfficialSchema.sageMaker().problems(e.document())).isEmpty();
        return e;
    }

    @Test
    void theFiftyFirstTrainingMetricIsReported() throws Exception {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            metrics.put("m" + i, (double) i);
        }
        ModelCard card = ModelCardBuilder.builder().training(TrainingBuilder.builder()
                .log(List.of(new LogEntry(10, null, metrics, false))).build()).build();
        assertThat(export(card).omissions()).containsExactly(new Omission("/training/log/0/metrics/m50",
                "left out: SageMaker's training_metrics holds at most 50 entries"));
    }

    @Test
    void theHundredAndFirstHyperparameterIsReported() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            all.put("h" + i, i);
        }
        ModelCard card = ModelCardBuilder.builder().training(TrainingBuilder.builder()
                .hyperparameters(new Hyperparameters(all, null, null)).build()).build();
        assertThat(export(card).omissions()).containsExactly(new Omission("/training/hyperparameters/all/h100",
                "left out: SageMaker's hyper_parameters holds at most 100 entries"));
    }

    @Test
    void aLongSummaryIsCutToItsFieldsLimitAndReported() throws Exception {
        ModelCard card = ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().summary("x".repeat(1500)).build()).build();
        Exported e = export(card);
        assertThat(SageMakerExportTest.tree(e.document()).at("/model_overview/model_description").textValue()).hasSize(1024);
        assertThat(e.omissions()).containsExactly(new Omission("/details/summary",
                "cut to 1024 of its 1500 characters: SageMaker's model_description holds at most 1024"));
    }

    @Test
    void theSixteenthTrainingDatasetIsReported() throws Exception {
        List<DatasetInfo> datasets = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            datasets.add(DatasetInfoBuilder.builder().role("training").sourceUri("s3://bucket/d" + i).build());
        }
        assertThat(export(ModelCardBuilder.builder().datasets(datasets).build()).omissions()).containsExactly(
                new Omission("/datasets/15/source_uri", "left out: SageMaker's training_datasets holds at most 15 entries"));
    }

    @Test
    void contentOverOneHundredThousandCharactersDropsTheLastMetricsAndReportsEach() throws Exception {
        List<QuantitativeResult> results = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            results.add(QuantitativeResultBuilder.builder().metric("accuracy").value(0.5).dataset("set-" + (i / 10)).split("test")
                    .evaluator("an evaluator with a fairly long name").build());
        }
        ModelCard card = ModelCardBuilder.builder().evaluation(EvaluationBuilder.builder().quantitative(results).build()).build();
        Exported e = export(card);
        assertThat(e.document().length()).isLessThanOrEqualTo(100_000);
        assertThat(e.omissions()).isNotEmpty().allSatisfy(o -> assertThat(o.reason())
                .isEqualTo("left out: SageMaker's content holds at most 100000 characters"));
        int kept = SageMakerExportTest.tree(e.document()).findValues("metric_data").stream().mapToInt(n -> n.size()).sum();
        assertThat(kept + e.omissions().size()).isEqualTo(2000);
        assertThat(e.omissions().get(0).pointer()).isEqualTo("/evaluation/quantitative/" + kept);
    }
}
