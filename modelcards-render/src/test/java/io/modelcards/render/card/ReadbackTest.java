package io.modelcards.render.card;

import static io.modelcards.render.card.ReadbackPropertyTest.canonical;
import static io.modelcards.render.card.ReadbackPropertyTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Facts;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.SchemaVersion;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.GeneratedReadme;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a rendered README reads back when a person changed more than a human section, or a tool writes it back. */
class ReadbackTest {
    private static final ModelCard CURVE = Fixtures.card("classifier-training-curve");
    private static final String README = render(CURVE, BuiltinTemplate.CLASSIFIER);

    @Test
    void anEditedGeneratedRegionIsALocatedWarningAndItsTextIsKept() throws Exception {
        String row = README.lines().filter(l -> l.startsWith("| 100 |")).findFirst().orElseThrow();
        String edited = README.replace(row, "| 100 | my own note |");

        ReadmeParse back = ReadmeCodec.parse(edited, "README.md", false);

        int markerLine = lineOf(edited, "<!-- modelcards:generated training-log ");
        assertThat(back.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("readme/generated-edited");
            assertThat(d.line()).isEqualTo(markerLine);
            assertThat(d.message()).contains("training-log", "kept", "JSON or YAML form");
        });
        assertThat(back.card().training().log()).isEqualTo(CURVE.training().log());
        assertThat(render(back.card(), BuiltinTemplate.CLASSIFIER)).contains("| 100 | my own note |", row);
    }

    @Test
    void aCorruptCardCommentIsALocatedWarningAndTheReadmeReadsFromItsTextAlone() throws Exception {
        String corrupt = README.replace("<!-- modelcards:card {", "<!-- modelcards:card {{");

        ReadmeParse back = ReadmeCodec.parse(corrupt, "README.md", false);

        assertThat(back.problems()).extracting(Diagnostic::code).containsExactly("readme/card-comment-corrupt");
        assertThat(back.problems().get(0).line()).isEqualTo(lineOf(corrupt, "<!-- modelcards:card "));
        assertThat(back.card().training().log()).isEmpty();
        assertThat(back.card().details().summary()).isEqualTo(CURVE.details().summary());
    }

    @Test
    void aCardCommentOfAnUnknownSchemaVersionCountsAsCorrupt() throws Exception {
        String future = README.replace("\"card\":{\"schema_version\":\"" + SchemaVersion.CURRENT + "\"",
                "\"card\":{\"schema_version\":\"9.0\"");

        assertThat(future).isNotEqualTo(README);
        assertThat(ReadmeCodec.parse(future, "README.md", false).problems()).extracting(Diagnostic::code)
                .containsExactly("readme/card-comment-corrupt");
    }

    @Test
    void aCardCommentOfAnOlderSchemaVersionIsMigrated() throws Exception {
        String older = README.replace("\"card\":{\"schema_version\":\"" + SchemaVersion.CURRENT + "\"",
                "\"card\":{\"schema_version\":\"1.0\"");

        ReadmeParse back = ReadmeCodec.parse(older, "README.md", false);

        assertThat(older).isNotEqualTo(README);
        assertThat(back.problems()).isEmpty();
        assertThat(canonical(back.card())).isEqualTo(canonical(CURVE));
    }

    @Test
    void anEditedFrontMatterIsReadFromTheYamlAsAPersonsText() throws Exception {
        String edited = README.replace("license: apache-2.0\n", "license: mit\n");

        ModelCard card = ReadmeCodec.parse(edited, "README.md", false).card();

        assertThat(edited).isNotEqualTo(README);
        assertThat(card.metadata().license()).isEqualTo("mit");
        assertThat(card.provenance().originOf("/metadata/license")).isEqualTo(new Origin.Human(null, "README.md", null));
        assertThat(card.training().log()).isEqualTo(CURVE.training().log());
    }

    @Test
    void aRenderedReadmeWrittenBackUnchangedKeepsItsBytes() throws Exception {
        assertThat(ReadmeCodec.write(ReadmeCodec.parse(README, "README.md", false).card())).isEqualTo(README);
    }

    @Test
    void aHumanFieldChangedByAToolKeepsTheRegionsAndTheCommentAndReadsBackAsAPersonsText() throws Exception {
        ModelCard card = ReadmeCodec.parse(README, "README.md", false).card();
        ModelCard changed = CardEdit.set(card, "/uses/direct_use", "Sorting product reviews.", new Origin.Human("ann", null, null));

        String written = ReadmeCodec.write(changed);
        ModelCard back = ReadmeCodec.parse(written, "README.md", false).card();

        assertThat(written).contains("### Direct Use\n\nSorting product reviews.\n")
                .contains("<!-- modelcards:generated training-log ", "<!-- modelcards:card {");
        assertThat(back.uses().directUse()).isEqualTo("Sorting product reviews.");
        assertThat(back.training().log()).isEqualTo(CURVE.training().log());
        assertThat(back.provenance().originOf("/uses/direct_use"))
                .isEqualTo(new Origin.Human(null, "README.md", null).withBasis(Facts.of(back)));
    }

    @Test
    void theCardCommentHoldsNoDoubleHyphenAndNoAngleBracketYetKeepsSuchValues() throws Exception {
        Map<String, Object> all = new LinkedHashMap<>(CURVE.training().hyperparameters().all());
        all.put("note", "a --> b <!-- c -- d <redacted>");
        ModelCard card = CURVE.withTraining(CURVE.training().withHyperparameters(
                new Hyperparameters(all, CURVE.training().hyperparameters().nonDefault(), CURVE.training().hyperparameters().redacted())));
        String readme = render(card, BuiltinTemplate.CLASSIFIER);
        String comment = readme.substring(readme.indexOf("<!-- modelcards:card ") + 4, readme.lastIndexOf("-->"));

        assertThat(comment).doesNotContain("--", "<");
        assertThat(canonical(ReadmeCodec.parse(readme, "README.md", false).card())).isEqualTo(canonical(card));
    }

    @Test
    void theHtmlPageHasNoMarkerAndNoCardComment() {
        RenderedCard page = CardRenderer.create().render(RenderRequest.of(CURVE, OutputFormat.HTML)
                .withTemplate(new TemplateChoice.Builtin(BuiltinTemplate.CLASSIFIER)));

        assertThat(page.output()).doesNotContain("modelcards:", "schema_version").contains("<svg");
    }

    @Test
    void everyOpeningMarkerCarriesTheHashOfItsText() {
        List<String> markers = README.lines().filter(l -> l.startsWith("<!-- modelcards:generated ")).toList();

        assertThat(markers).isNotEmpty().allMatch(l -> l.matches("<!-- modelcards:generated [a-z-]+ [0-9a-f]{12} -->"));
    }

    @Test
    void theDefaultTemplatePrintsTheUnknownSectionsOfEveryPlace() {
        String source = BuiltinTemplates.source(BuiltinTemplate.DEFAULT);
        List<String> places = new ArrayList<>(GeneratedReadme.places());
        places.add(GeneratedReadme.START);
        places.add(GeneratedReadme.END);

        assertThat(places).allSatisfy(p -> assertThat(source).contains(" for s in sections_after." + p + " %}"));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
