package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardRendererTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final ModelCard CLASSIFIER = Fixtures.card("classifier-sentiment");

    private static String hfTemplate() throws Exception {
        return new String(CardRendererTest.class.getResourceAsStream("/hf/modelcard_template.md").readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The classifier card rendered with a user's template. */
    private static RenderedCard renderUser(OutputFormat format, String name, String source, Map<String, Object> variables) {
        return RENDERER.render(RenderRequest.of(CLASSIFIER, format).withTemplate(new TemplateChoice.User(name, source, variables)));
    }

    @Test
    void markdownStartsWithTheFrontMatterBetweenFences() {
        String md = RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.MD)).output();

        assertThat(md).startsWith("---\n" + FrontMatter.yaml(CLASSIFIER.metadata()) + "---\n# Model Card for acme/sentiment-sgd\n");
    }

    @Test
    void markdownEndsWithExactlyOneLineEnd() {
        String md = RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.MD)).output();

        assertThat(md).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void anEmptyCardStillGetsParseableFrontMatter() {
        String md = RENDERER.render(RenderRequest.of(ModelCard.empty(), OutputFormat.MD)).output();

        assertThat(md).startsWith("---\n{}\n---\n");
    }

    @Test
    void missingHumanSectionsSayMoreInformationIsNeeded() {
        String md = RENDERER.render(RenderRequest.of(ModelCard.empty(), OutputFormat.MD)).output();

        assertThat(md).contains("### Direct Use\n\n[More Information Needed]\n")
                .contains("## Glossary [optional]\n\n[More Information Needed]\n");
    }

    @Test
    void theAdversarialCardBecomesHtmlWithoutActiveContentOrOutsideResources() {
        String html = RENDERER.render(RenderRequest.of(Fixtures.card("full-every-field"), OutputFormat.HTML)).output();
        String body = html.substring(html.indexOf("<body>"));

        assertThat(body).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<object").doesNotContain("<style")
                .doesNotContain("<link").doesNotContainIgnoringCase("javascript:").doesNotContain("src=\"http")
                .doesNotContainPattern("src=\"[^\"]*tracker\\.example").doesNotContainPattern("(?i)\\son[a-z]+=");
        assertThat(html).doesNotContain("href=\"http://evil").doesNotContain("@import");
    }

    @Test
    void jsonIsTheCardsOwnJson() {
        assertThat(RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.JSON)).output()).isEqualTo(CardCodec.toJson(CLASSIFIER));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (OutputFormat f : OutputFormat.values()) {
            assertThat(RENDERER.render(RenderRequest.of(Fixtures.card("full-every-field"), f)).output())
                    .isEqualTo(CardRenderer.create().render(RenderRequest.of(Fixtures.card("full-every-field"), f)).output());
        }
    }

    @Test
    void aUserTemplateSeesTheHuggingFaceMetadataNames() {
        RenderedCard r = renderUser(OutputFormat.MD, "t.md", "{{ license }}|{{ pipeline_tag }}|{{ library_name }}", Map.of());

        assertThat(r.output()).endsWith("---\napache-2.0|text-classification|tribuo");
    }

    @Test
    void extraVariablesWinOverMetadata() {
        RenderedCard r = renderUser(OutputFormat.MD, "t.md", "{{ license }} {{ model_id }}", Map.of("license", "mit", "model_id", "x/y"));

        assertThat(r.output()).endsWith("---\nmit x/y");
    }

    @Test
    void theHuggingFaceDefaultTemplateKeepsItsOwnFrontMatterOnce() throws Exception {
        RenderedCard r = renderUser(OutputFormat.MD, "modelcard_template.md", hfTemplate(), Map.of("model_id", "acme/sentiment-sgd"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).startsWith("---\n# For reference on model card metadata").contains("\nlicense: apache-2.0\n")
                .contains("# Model Card for acme/sentiment-sgd");
        assertThat(r.output().split("\n---\n", -1)).hasSize(2);
    }

    @Test
    void aUserTemplateAsHtmlDropsItsFrontMatter() throws Exception {
        RenderedCard r = renderUser(OutputFormat.HTML, "modelcard_template.md", hfTemplate(), Map.of());

        assertThat(r.output()).startsWith("<!DOCTYPE html>").doesNotContain("# For reference on model card metadata")
                .contains("<h1 id=\"model-card-for-acmesentiment-sgd\">Model Card for acme/sentiment-sgd</h1>");
    }

    @Test
    void aTemplateErrorGivesProblemsAndNoOutput() {
        RenderedCard r = renderUser(OutputFormat.MD, "bad.md", "{% if %}", Map.of());

        assertThat(r.hasErrors()).isTrue();
        assertThat(r.output()).isEmpty();
    }

    @Test
    void frontMatterIsCutAtItsClosingFence() {
        assertThat(CardRenderer.withoutFrontMatter("---\na: 1\n---\nbody\n")).isEqualTo("body\n");
        assertThat(CardRenderer.withoutFrontMatter("---\nnever closed\n")).isEqualTo("---\nnever closed\n");
    }

    @Test
    void theAutomaticChoiceRendersWithTheBuiltinTemplateTheCardCallsFor() {
        RenderedCard auto = RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.MD));
        RenderedCard classifier = RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.MD)
                .withTemplate(new TemplateChoice.Builtin(BuiltinTemplate.CLASSIFIER)));

        assertThat(auto.output()).isEqualTo(classifier.output()).contains("\n- **Labels:** ");
    }

    @Test
    void aNamedBuiltinTemplateIsUsedWhateverTheCardsKind() {
        RenderedCard r = RENDERER.render(RenderRequest.of(CLASSIFIER, OutputFormat.MD)
                .withTemplate(new TemplateChoice.Builtin(BuiltinTemplate.DEFAULT)));

        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).startsWith("---\n" + FrontMatter.yaml(CLASSIFIER.metadata()) + "---\n")
                .doesNotContain("**Labels:**");
    }

    @Test
    void aUserTemplateIsRenderedWithItsOwnVariables() {
        RenderedCard r = renderUser(OutputFormat.MD, "t.md", "{{ greeting }}, {{ license }}", Map.of("greeting", "hello"));

        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).endsWith("---\nhello, apache-2.0");
    }

    @Test
    void aUserTemplatesProblemsNameItByItsGivenName() {
        RenderedCard r = renderUser(OutputFormat.MD, "templates/card.j2", "{% if %}", Map.of());

        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("templates/card.j2"));
    }

    @Test
    void jsonIsTheCardsOwnJsonWhateverTheTemplate() {
        RenderedCard r = renderUser(OutputFormat.JSON, "t.md", "{% if %}", Map.of());

        assertThat(r.output()).isEqualTo(CardCodec.toJson(CLASSIFIER));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void theRequestsOptionsReachTheEngine() {
        RenderRequest lenient = RenderRequest.of(CLASSIFIER, OutputFormat.MD)
                .withTemplate(new TemplateChoice.User("t.md", "{{ no_such_variable }}", Map.of()));

        assertThat(RENDERER.render(lenient).hasErrors()).isFalse();
        assertThat(RENDERER.render(lenient.withOptions(RenderOptions.DEFAULT.withStrict(true))).hasErrors()).isTrue();
    }
}
