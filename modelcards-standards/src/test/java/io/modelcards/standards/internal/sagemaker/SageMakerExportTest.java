package io.modelcards.standards.internal.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Omission;
import io.modelcards.standards.internal.mct.OfficialSchema;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SageMaker export: valid content for every fixture card, exactly as kept for the fullest, status in a request. */
class SageMakerExportTest {
    static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

    static List<String> cards() {
        return Fixtures.cardNames();
    }

    static Exported export(ModelCard card) throws Exception {
        return new SageMakerExporter().export(card, ExportOptions.at(AT));
    }

    static JsonNode tree(String document) throws Exception {
        return CardMappers.json().readTree(document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void everyFixtureCardExportsToValidContent(String name) throws Exception {
        assertThat(OfficialSchema.sageMaker().problems(export(Fixtures.card(name)).document())).isEmpty();
    }

    @Test
    void theFullestCardIsExportedExactlyAsKept() throws Exception {
        Exported e = export(Fixtures.card("full-every-field"));
        Golden.assertMatches("sagemaker/full-every-field.sagemaker.json", e.document());
        Golden.assertMatches("sagemaker/full-every-field.omissions.txt", lines(e.omissions()));
    }

    @Test
    void withAStatusTheDocumentIsACreateModelCardRequestWhoseContentValidates() throws Exception {
        Exported e = new SageMakerExporter().export(Fixtures.card("full-every-field"), new ExportOptions(null, AT, "in_review"));
        JsonNode doc = tree(e.document());
        assertThat(doc.get("ModelCardName").textValue()).isEqualTo("acme-everything");
        assertThat(doc.get("ModelCardStatus").textValue()).isEqualTo("PendingReview");
        assertThat(OfficialSchema.sageMaker().problems(doc.get("Content").textValue())).isEmpty();
        assertThat(tree(doc.get("Content").textValue())).isEqualTo(tree(export(Fixtures.card("full-every-field")).document()));
    }

    @Test
    void eachWorkflowStateHasItsSageMakerStatus() {
        assertThat(List.of("draft", "in_review", "changes_requested", "approved", "published", "deprecated", "archived").stream()
                .map(SageMakerStatus::of).toList()).containsExactly("Draft", "PendingReview", "PendingReview", "Approved", "Approved",
                "Archived", "Archived");
    }

    @Test
    void aValueAPersonWroteGoesToTheUserProvidedList() throws Exception {
        ModelCard card = Fixtures.card("full-every-field");
        card = card.withProvenance(card.provenance().with("/training/hyperparameters/all/epochs", new Origin.Human("Dana", null)));
        JsonNode job = tree(export(card).document()).at("/training_details/training_job_details");
        assertThat(job.get("user_provided_hyper_parameters").findValuesAsText("name")).containsExactly("epochs");
        assertThat(job.get("hyper_parameters").findValuesAsText("name")).doesNotContain("epochs").contains("learning_rate");
    }

    @Test
    void onlyTheLastLoggedStepIsWrittenAndTheEarlierOnesAreReported() throws Exception {
        Exported e = export(Fixtures.card("full-every-field"));
        JsonNode metrics = tree(e.document()).at("/training_details/training_job_details/training_metrics");
        assertThat(metrics.findValuesAsText("name")).containsExactly("loss");
        assertThat(metrics.get(0).get("notes").textValue()).isEqualTo("step 300");
        assertThat(e.omissions()).extracting(Omission::pointer).contains("/training/log/0", "/training/log/1");
    }

    static String lines(List<Omission> omissions) {
        return omissions.stream().map(o -> o.pointer() + ": " + o.reason() + "\n").collect(Collectors.joining());
    }

    @Test
    void anEmptyCardIsEmptyContentWithNothingToReport() throws Exception {
        Exported e = export(ModelCard.empty());
        assertThat(e.omissions()).isEmpty();
        assertThat(e.document()).isEqualTo("{ }\n");
    }
}
