package io.modelcards.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.Facts;
import io.modelcards.card.EvalResultBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTest {
    static final Origin.Human ANA = new Origin.Human("ana", "card.yaml", "2026-12-05T22:08:15Z");
    static final Origin TRIBUO = new Origin.Auto("capture:tribuo");

    /** A previous card: captured version, hyperparameters and one dataset; a person's direct use and licence. */
    static ModelCard previous() {
        return ModelCard.empty()
                .withMetadata(MetadataBuilder.builder().license("mit").tags(List.of("old")).build())
                .withDetails(ModelDetailsBuilder.builder().name("acme/model").version("1.0").build())
                .withUses(IntendedUseBuilder.builder().directUse("Route reviews.").build())
                .withTraining(TrainingBuilder.builder()
                        .hyperparameters(new Hyperparameters(Map.of("lr", 0.1), List.of("lr"), List.of())).build())
                .withDatasets(List.of(DatasetInfoBuilder.builder().name("imdb").role("training").rows(10L).build()))
                .withProvenance(Provenance.EMPTY.with("/details", TRIBUO).with("/training", TRIBUO).with("/datasets", TRIBUO)
                        .with("/metadata/tags", TRIBUO).with("/uses/direct_use", ANA).with("/metadata/license", ANA));
    }

    /** A new capture of the same model: new version, hyperparameters, tags and datasets; no human text. */
    static ModelCard captured() {
        return ModelCard.empty()
                .withMetadata(MetadataBuilder.builder().tags(List.of("new")).build())
                .withDetails(ModelDetailsBuilder.builder().name("acme/model").version("1.1").build())
                .withTraining(TrainingBuilder.builder()
                        .hyperparameters(new Hyperparameters(Map.of("lr", 0.2), List.of("lr"), List.of())).build())
                .withDatasets(List.of(DatasetInfoBuilder.builder().name("extra").role("training").rows(5L).build(),
                        DatasetInfoBuilder.builder().name("imdb").role("training").rows(12L).build()))
                .withProvenance(Provenance.EMPTY.with("/details", TRIBUO).with("/training", TRIBUO).with("/datasets", TRIBUO)
                        .with("/metadata/tags", TRIBUO));
    }

    /** Who wrote the value at {@code pointer}, without the facts it was written against. */
    static Origin written(ModelCard card, String pointer) {
        return card.provenance().originOf(pointer) instanceof Origin.Human h ? h.withBasis(null) : card.provenance().originOf(pointer);
    }

    static MergeResult merge(ModelCard captured, ModelCard previous) throws InvalidInputException {
        return CardMerge.merge(captured, previous, MergeOptions.DEFAULT);
    }

    @Test
    void aFieldAPersonWroteComesFromThePreviousCardWithItsOrigin() throws Exception {
        ModelCard m = merge(captured(), previous()).card();
        assertThat(m.uses().directUse()).isEqualTo("Route reviews.");
        assertThat(written(m, "/uses/direct_use")).isEqualTo(ANA);
        assertThat(m.metadata().license()).isEqualTo("mit");
    }

    @Test
    void capturedFieldsComeFromTheNewCapture() throws Exception {
        ModelCard m = merge(captured(), previous()).card();
        assertThat(m.details().version()).isEqualTo("1.1");
        assertThat(m.training().hyperparameters().all()).isEqualTo(Map.of("lr", 0.2));
        assertThat(m.metadata().tags()).containsExactly("new");
        assertThat(m.datasets()).extracting(d -> d.name()).containsExactly("extra", "imdb");
        assertThat(m.provenance().originOf("/training/hyperparameters")).isEqualTo(TRIBUO);
    }

    @Test
    void aPersonsTextOverADifferentCapturedValueIsKeptAndTheCapturedValueReported() throws Exception {
        ModelCard captured = CardEdit.set(captured(), "/uses/direct_use", "Classify anything.", TRIBUO);
        MergeResult r = merge(captured, previous());
        assertThat(r.card().uses().directUse()).isEqualTo("Route reviews.");
        Diagnostic d = r.problems().get(0);
        assertThat(d.code()).isEqualTo("merge/human-over-captured");
        assertThat(d.pointer()).isEqualTo("/uses/direct_use");
        assertThat(d.message()).contains("ana in card.yaml").contains("\"Classify anything.\"");
    }

    @Test
    void aRiskRatingAPersonChoseIsKeptWithoutAWarningAgainstTheUnknownRatingOfACapture() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/governance/risk", "low", ANA);
        MergeResult r = merge(captured(), previous);
        assertThat(r.card().governance().risk()).isEqualTo(RiskRating.LOW);
        assertThat(r.problems()).noneMatch(d -> "/governance/risk".equals(d.pointer()));
    }

    @Test
    void aCapturedFieldTheNewCaptureLacksIsKeptWithAWarning() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/training/hyperparameters/all/seed", 7, TRIBUO);
        previous = CardEdit.set(previous, "/details/date", "2026-01-01", TRIBUO);
        MergeResult r = merge(captured(), previous);
        assertThat(r.card().details().date()).isEqualTo("2026-01-01");
        assertThat(r.problems()).extracting(Diagnostic::code, Diagnostic::pointer)
                .containsExactly(tuple("merge/missing-captured", "/details/date"));
        assertThat(r.decisions()).contains(new Decision("/details/date", Decision.From.PREVIOUS,
                "absent from the new capture, so the previous value is kept"));
    }

    @Test
    void dropMissingDropsACapturedFieldTheNewCaptureLacks() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/details/date", "2026-01-01", TRIBUO);
        MergeResult r = CardMerge.merge(captured(), previous, MergeOptions.DEFAULT.withDropMissing(true));
        assertThat(r.card().details().date()).isNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void modelIndexResultsAlwaysComeFromTheCapture() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/metadata/eval_results",
                List.of(EvalResultBuilder.builder().taskType("t").datasetType("d").datasetName("d").metricType("accuracy")
                        .metricValue(0.5).build()), ANA);
        ModelCard captured = CardEdit.set(captured(), "/metadata/eval_results",
                List.of(EvalResultBuilder.builder().taskType("t").datasetType("d").datasetName("d").metricType("accuracy")
                        .metricValue(0.7).build()), TRIBUO);
        ModelCard m = merge(captured, previous).card();
        assertThat(m.metadata().evalResults().get(0).metricValue()).isEqualTo(0.7);
    }

    @Test
    void cardsOfDifferentModelsAreRefused() throws Exception {
        ModelCard other = CardEdit.set(captured(), "/details/name", "acme/other", TRIBUO);
        assertThatThrownBy(() -> merge(other, previous())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems().get(0).code()).isEqualTo("merge/different-models");
            assertThat(e.problems().get(0).message()).contains("\"acme/other\"").contains("\"acme/model\"");
        });
    }

    @Test
    void aFieldAPersonRemovedStaysAbsent() throws Exception {
        ModelCard previous = CardEdit.remove(previous(), "/metadata/tags", ANA);
        MergeResult r = merge(captured(), previous);
        assertThat(r.card().metadata().tags()).isEmpty();
        assertThat(r.problems()).extracting(Diagnostic::code).containsExactly("merge/human-over-captured");
    }

    @Test
    void aPersonsValueInsideACapturedFieldIsPutBackBesideTheCapturedOnes() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/training/hyperparameters/all/note", "tuned by hand", ANA);
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.training().hyperparameters().all()).containsEntry("lr", 0.2).containsEntry("note", "tuned by hand");
        assertThat(written(m, "/training/hyperparameters/all/note")).isEqualTo(ANA);
        assertThat(m.provenance().originOf("/training/hyperparameters/all/lr")).isEqualTo(TRIBUO);
    }

    @Test
    void aPersonsValueOnADatasetFollowsTheDatasetToItsNewPlace() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/datasets/0/source_uri", "https://example.org/imdb", ANA);
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.datasets().get(1).sourceUri()).isEqualTo("https://example.org/imdb");
        assertThat(m.datasets().get(1).rows()).isEqualTo(12L);
        assertThat(m.datasets().get(0).sourceUri()).isNull();
        assertThat(written(m, "/datasets/1/source_uri")).isEqualTo(ANA);
    }

    @Test
    void aPersonsListElementIsAppendedAfterTheCapturedOnes() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/metadata/tags/-", "reviewed", ANA);
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.metadata().tags()).containsExactly("new", "reviewed");
        assertThat(written(m, "/metadata/tags/1")).isEqualTo(ANA);
    }

    @Test
    void frontMatterKeysOnlyThePreviousCardHasAreKept() throws Exception {
        ModelCard previous = CardEdit.set(previous(), "/metadata/extra/thumbnail", "logo.png", ANA);
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.metadata().extra()).containsEntry("thumbnail", "logo.png");
    }

    @Test
    void anEmptyFieldInsideAPartAPersonWroteDoesNotHideTheCapture() throws Exception {
        ModelCard previous = previous().withProvenance(previous().provenance().with("/metadata", ANA));
        previous = CardEdit.remove(previous, "/metadata/tags", TRIBUO).withProvenance(previous.provenance());
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.metadata().tags()).containsExactly("new");
    }

    @Test
    void everyFieldEitherCardHasGetsOneDecisionInTheOrderOfTheCapturedCard() throws Exception {
        MergeResult r = merge(captured(), previous());
        // The risk rating is always there: "unknown" until someone rates it.
        assertThat(r.decisions()).extracting(Decision::pointer).containsExactly("/metadata/tags", "/metadata/license",
                "/details/name", "/details/version", "/uses/direct_use", "/training/hyperparameters", "/datasets",
                "/governance/risk");
        assertThat(r.decisions()).filteredOn(d -> d.from() == Decision.From.PREVIOUS).extracting(Decision::why)
                .containsExactly("written by a person (ana in card.yaml, 2026-12-05T22:08:15Z)",
                        "written by a person (ana in card.yaml, 2026-12-05T22:08:15Z)");
    }

    @Test
    void theMergedCardKeepsThePreviousReadmeLayout() throws Exception {
        ModelCard previous = ReadmeCodec.parse("---\nlicense: mit\n---\n# Model Card for acme/model\n\nHi.\n",
                "README.md", false).card();
        ModelCard m = merge(captured(), previous).card();
        assertThat(m.source()).isEqualTo(previous.source());
    }

    @Test
    void aPersonsTextWrittenBeforeFactsWereRecordedIsBasedOnThePreviousCardSoTheNewVersionMakesItStale() throws Exception {
        ModelCard m = merge(captured(), previous()).card();

        assertThat(((Origin.Human) m.provenance().originOf("/uses/direct_use")).basis()).isEqualTo(Facts.of(previous()));
        assertThat(Staleness.of(m)).extracting(StaleField::pointer, StaleField::reason)
                .contains(tuple("/uses/direct_use", "version 1.0 → 1.1"));
    }

    @Test
    void aPersonsTextKeepsTheFactsItWasWrittenAgainst() throws Exception {
        Facts older = Facts.of(previous().withDetails(previous().details().withVersion("0.9")));
        ModelCard previous = previous().withProvenance(previous().provenance().with("/uses/direct_use", ANA.withBasis(older)));

        ModelCard m = merge(captured(), previous).card();

        assertThat(((Origin.Human) m.provenance().originOf("/uses/direct_use")).basis()).isEqualTo(older);
    }
}
