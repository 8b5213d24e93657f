package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.RenderResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardRendererTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final ModelCard CLASSIFIER = Fixtures.card("classifier-sentiment");

    private static String hfTemplate() throws Exception {
        return new String(CardRendererTest.class.getResourceAsStream("/hf/modelcard_template.md").readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void markdownStartsWithTheFrontMatterBetweenFences() {
        String md = RENDERER.render(CLASSIFIER, Format.MD, RenderOptions.DEFAULT).output();

        assertThat(md).startsWith("---\n" + FrontMatter.yaml(CLASSIFIER.metadata()) + "---\n# Model Card for acme/sentiment-sgd\n");
    }

    @Test
    void markdownEndsWithExactlyOneLineEnd() {
        String md = RENDERER.render(CLASSIFIER, Format.MD, RenderOptions.DEFAULT).output();

        assertThat(md).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void anEmptyCardStillGetsParseableFrontMatter() {
        String md = RENDERER.render(ModelCard.empty(), Format.MD, RenderOptions.DEFAULT).output();

        assertThat(md).startsWith("---\n{}\n---\n");
    }

    @Test
    void missingHumanSectionsSayMoreInformationIsNeeded() {
        String md = RENDERER.render(ModelCard.empty(), Format.MD, RenderOptions.DEFAULT).output();

        assertThat(md).contains("### Direct Use\n\n[More Information Needed]\n").contains("## Glossary [optional]\n\n[More Information Needed]\n");
    }

    @Test
    void theAdversarialCardBecomesHtmlWithoutActiveContentOrOutsideResources() {
        String html = RENDERER.render(Fixtures.card("full-every-field"), Format.HTML, RenderOptions.DEFAULT).output();
        String body = html.substring(html.indexOf("<body>"));

        assertThat(body).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<object").doesNotContain("<style")
                .doesNotContain("<link").doesNotContainIgnoringCase("javascript:").doesNotContain("src=\"http")
                .doesNotContain("tracker.example").doesNotContainPattern("(?i)\\son[a-z]+=");
        assertThat(html).doesNotContain("href=\"http://evil").doesNotContain("@import");
    }

    @Test
    void jsonIsTheCardsOwnJson() {
        assertThat(RENDERER.render(CLASSIFIER, Format.JSON, RenderOptions.DEFAULT).output()).isEqualTo(CardCodec.toJson(CLASSIFIER));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (Format f : Format.values()) {
            assertThat(RENDERER.render(Fixtures.card("full-every-field"), f, RenderOptions.DEFAULT).output())
                    .isEqualTo(CardRenderer.create().render(Fixtures.card("full-every-field"), f, RenderOptions.DEFAULT).output());
        }
    }

    @Test
    void aUserTemplateSeesTheHuggingFaceMetadataNames() {
        RenderResult r = RENDERER.renderWith(CLASSIFIER, "t.md", "{{ license }}|{{ pipeline_tag }}|{{ library_name }}", Map.of(), RenderOptions.DEFAULT);

        assertThat(r.output()).endsWith("---\napache-2.0|text-classification|tribuo");
    }

    @Test
    void extraVariablesWinOverMetadata() {
        RenderResult r = RENDERER.renderWith(CLASSIFIER, "t.md", "{{ license }} {{ model_id }}", Map.of("license", "mit", "model_id", "x/y"), RenderOptions.DEFAULT);

        assertThat(r.output()).endsWith("---\nmit x/y");
    }

    @Test
    void theHuggingFaceDefaultTemplateKeepsItsOwnFrontMatterOnce() throws Exception {
        RenderResult r = RENDERER.renderWith(CLASSIFIER, "modelcard_template.md", hfTemplate(), Map.of("model_id", "acme/sentiment-sgd"), RenderOptions.DEFAULT);

        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).startsWith("---\n# For reference on model card metadata").contains("\nlicense: apache-2.0\n")
                .contains("# Model Card for acme/sentiment-sgd");
        assertThat(r.output().split("\n---\n", -1)).hasSize(2);
    }

    @Test
    void aUserTemplateAsHtmlDropsItsFrontMatter() throws Exception {
        RenderResult r = RENDERER.renderWith(CLASSIFIER, Format.HTML, "modelcard_template.md", hfTemplate(), Map.of(), RenderOptions.DEFAULT);

        assertThat(r.output()).startsWith("<!DOCTYPE html>").doesNotContain("# For reference on model card metadata")
                .contains("<h1 id=\"model-card-for-model-id\">Model Card for Model ID</h1>");
    }

    @Test
    void aTemplateErrorGivesProblemsAndNoOutput() {
        RenderResult r = RENDERER.renderWith(CLASSIFIER, "bad.md", "{% if %}", Map.of(), RenderOptions.DEFAULT);

        assertThat(r.hasErrors()).isTrue();
        assertThat(r.output()).isEmpty();
    }

    @Test
    void frontMatterIsCutAtItsClosingFence() {
        assertThat(CardRenderer.withoutFrontMatter("---\na: 1\n---\nbody\n")).isEqualTo("body\n");
        assertThat(CardRenderer.withoutFrontMatter("---\nnever closed\n")).isEqualTo("---\nnever closed\n");
    }
}
