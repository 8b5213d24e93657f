package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.cli.demo.DemoDocumentation;
import io.modelcards.codec.CardReader;
import io.modelcards.codec.LoadedCard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo documents itself: its shipped documentation lands in the card it writes, and the card passes the gate. */
class DemoDocumentationTest {
    private static final Origin DOCUMENTATION = new Origin.Human(null, DemoDocumentation.FILE, null);

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runTheDemo() {
        out = tmp.resolve("card");
        assertThat(Cli.run("demo", "--out", out.toString()).exitCode()).isZero();
    }

    private static ModelCard json() throws Exception {
        return CardReader.read(out.resolve("modelcard.json"), false).card();
    }

    @Test
    void theJsonCardPassesTheHfAndCompleteRulesAtTheDefaultThreshold() {
        Cli.Run v = Cli.run("validate", "--rules", "hf,complete", out.resolve("modelcard.json").toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
    }

    @Test
    void theDocumentedFieldsLandInTheCardAsAPersonsText() throws Exception {
        ModelCard card = json();
        ModelCard doc = DemoDocumentation.card();
        assertThat(card.details().summary()).isEqualTo(doc.details().summary()).startsWith("A two-class logistic regression");
        assertThat(card.uses().outOfScopeUse()).isEqualTo(doc.uses().outOfScopeUse()).contains("Any real decision");
        assertThat(card.considerations().biasRisksLimitations()).isEqualTo(doc.considerations().biasRisksLimitations());
        assertThat(card.training().trainingData()).isEqualTo(doc.training().trainingData());
        assertThat(card.evaluation().metrics()).isEqualTo(doc.evaluation().metrics());
        assertThat(card.evaluation().summary()).isEqualTo(doc.evaluation().summary()).contains("neither class is favoured");
        assertThat(card.evaluation().results()).isNull();
        for (String p : new String[] {"/details/summary", "/uses/direct_use", "/uses/out_of_scope_use",
            "/considerations/recommendations", "/training/training_data", "/evaluation/factors", "/details/architecture"}) {
            // Since schema 1.3 a person's text also records the facts it was written against (the run's), so that a
            // retrain can flag it stale; the origin is otherwise the documentation's.
            assertThat(card.provenance().originOf(p)).as(p).isInstanceOfSatisfying(Origin.Human.class,
                    h -> assertThat(h.withBasis(null)).isEqualTo(DOCUMENTATION));
        }
    }

    @Test
    void aFieldTheRunCapturedKeepsItsCapturedValueAndOrigin() {
        Origin capture = new Origin.Auto("capture:test");
        ModelCard empty = ModelCard.empty();
        ModelCard captured = empty.withDetails(empty.details().with().summary("captured summary").build())
                .withProvenance(empty.provenance().with("/details/summary", capture));

        ModelCard merged = DemoDocumentation.mergeInto(captured);

        assertThat(merged.details().summary()).isEqualTo("captured summary");
        assertThat(merged.provenance().originOf("/details/summary")).isEqualTo(capture);
        assertThat(merged.uses().outOfScopeUse()).isEqualTo(DemoDocumentation.card().uses().outOfScopeUse());
    }

    @Test
    void mergingTheSameCardTwiceGivesEqualCards() {
        assertThat(DemoDocumentation.mergeInto(ModelCard.empty())).isEqualTo(DemoDocumentation.mergeInto(ModelCard.empty()));
    }

    @Test
    void capturedFieldsStayCaptured() throws Exception {
        ModelCard card = json();
        assertThat(card.details().modelType()).isEqualTo("classifier (logistic regression)");
        assertThat(card.provenance().originOf("/details/model_type")).isInstanceOf(Origin.Auto.class);
        assertThat(card.provenance().originOf("/details/how_to_get_started")).isEqualTo(new Origin.Auto("capture:usage-example"));
        assertThat(card.details().name()).isEqualTo("tribuo-crescents-logreg");
    }

    @Test
    void theReadmeReadsBackTheDocumentation() throws Exception {
        LoadedCard readme = CardReader.read(out.resolve("README.md"), false);
        ModelCard doc = DemoDocumentation.card();
        assertThat(readme.card().uses().directUse()).isEqualTo(doc.uses().directUse());
        assertThat(readme.card().uses().outOfScopeUse()).isEqualTo(doc.uses().outOfScopeUse());
        assertThat(readme.card().considerations().recommendations()).isEqualTo(doc.considerations().recommendations());
        assertThat(readme.card().evaluation().factors()).isEqualTo(doc.evaluation().factors());
    }

    @Test
    void theReadmeOpensWithTheSummaryNotAPlaceholder() throws Exception {
        String readme = Files.readString(out.resolve("README.md"));
        String body = readme.substring(readme.indexOf("\n# Model Card for ") + 1);
        String afterTitle = body.substring(body.indexOf('\n')).strip();
        assertThat(afterTitle).startsWith("A two-class logistic regression").doesNotStartWith("[More Information Needed]");
    }
}
