package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A user's template sees what the built-ins see, and a built-in saved as a file renders as the built-in does. */
class UserTemplateTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final ModelCard CLASSIFIER = Fixtures.card("classifier-sentiment");

    static List<Arguments> everyCardTemplateAndFormat() {
        List<Arguments> cases = new ArrayList<>();
        for (String card : Fixtures.cardNames()) {
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                cases.add(Arguments.of(card, t, OutputFormat.MD));
                cases.add(Arguments.of(card, t, OutputFormat.HTML));
            }
        }
        return cases;
    }

    private static RenderedCard user(ModelCard card, OutputFormat format, String source, Map<String, Object> vars) {
        return RENDERER.render(RenderRequest.of(card, format).withTemplate(new TemplateChoice.User("card.md.j2", source, vars)));
    }

    @ParameterizedTest(name = "{0} with {1} as {2}")
    @MethodSource("everyCardTemplateAndFormat")
    void aBuiltinSavedToAFileRendersTheSameBytesAsTheBuiltin(String name, BuiltinTemplate template, OutputFormat format) {
        ModelCard card = Fixtures.card(name);
        RenderedCard builtin = RENDERER.render(RenderRequest.of(card, format).withTemplate(new TemplateChoice.Builtin(template)));
        RenderedCard saved = user(card, format, BuiltinTemplates.file(template), Map.of());

        assertThat(saved.problems()).isEqualTo(builtin.problems());
        assertThat(saved.output()).isEqualTo(builtin.output());
        assertThat(saved.attachments()).containsOnlyKeys(builtin.attachments().keySet());
    }

    @ParameterizedTest(name = "{0} with {1} as {2}")
    @MethodSource("everyCardTemplateAndFormat")
    void aBuiltinSavedToAFileRendersUnderStrictUndefinedHandling(String name, BuiltinTemplate template, OutputFormat format) {
        RenderedCard r = RENDERER.render(RenderRequest.of(Fixtures.card(name), format)
                .withTemplate(new TemplateChoice.User("card.md.j2", BuiltinTemplates.file(template), Map.of()))
                .withOptions(RenderOptions.DEFAULT.withStrict(true)));

        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aUserTemplateSeesTheCardsFieldsAndTheBuiltinsRows() {
        String source = "{{ model_name }}|{{ details.model_type }}|{{ uses.direct_use[:5] }}|{{ hyperparameters.l2 }}"
                + "|{{ eval_results | length }}|{{ sections | length }}|{{ detail_rows[0].label }}|{{ model_version }}";

        assertThat(user(CLASSIFIER, OutputFormat.MD, source, Map.of()).output())
                .endsWith("---\nacme/sentiment-sgd|text classifier|Route|2e-05|2|0|Date|1.2.0");
    }

    @Test
    void aUserTemplateSeesEachFrontMatterKeyAtTopLevelAndCardData() {
        String source = "{{ tags | join(',') }}|{{ metrics | join(',') }}|{{ card_data.splitlines()[0] }}";

        assertThat(user(CLASSIFIER, OutputFormat.MD, source, Map.of()).output())
                .endsWith("---\nsentiment,text-classification|accuracy,f1|datasets:");
    }

    @Test
    void whereABuiltinNameShadowsAFrontMatterKeyTheFrontMatterValueIsInMetadata() {
        String source = "{{ language }}|{{ metadata.language }}";

        assertThat(user(Fixtures.card("full-every-field"), OutputFormat.MD, source, Map.of()).output())
                .endsWith("---\nen, fr, no|['en', 'fr', 'no']");
    }

    @Test
    void aFrontMatterKeyNamedLikeABuiltinVariableLeavesTheBuiltinsMeaning() {
        ModelCard card = CLASSIFIER.withMetadata(MetadataBuilder.builder(CLASSIFIER.metadata())
                .extra(Map.of("kind", "mine", "team", "search")).build());

        assertThat(user(card, OutputFormat.MD, "{{ kind }}|{{ team }}|{{ metadata.kind }}", Map.of()).output())
                .endsWith("---\nclassifier|search|mine");
    }

    @Test
    void theCardsListsAreThereEvenWhenTheCardHasNone() {
        RenderedCard r = RENDERER.render(RenderRequest.of(ModelCard.empty(), OutputFormat.MD)
                .withTemplate(new TemplateChoice.User("t.j2", "{{ datasets | length }}|{{ sections | length }}|{{ model_name }}|"
                        + "{{ hyperparameters | length }}", Map.of()))
                .withOptions(RenderOptions.DEFAULT.withStrict(true)));

        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).endsWith("---\n0|0||0");
    }

    @Test
    void aUserVariableThatReplacesACardValueWinsWithAWarning() {
        RenderedCard r = user(CLASSIFIER, OutputFormat.MD, "{{ license }}", Map.of("license", "mit"));

        assertThat(r.output()).endsWith("---\nmit");
        assertThat(r.problems()).extracting(Diagnostic::format).containsExactly("card.md.j2:0:0: warning: your variable 'license' "
                + "replaces the card's value of that name, and the template sees yours: rename yours to keep both "
                + "[template/variable-replaced]");
    }

    @Test
    void aUserVariableThatFillsANameTheCardLeavesEmptyIsNoWarning() {
        RenderedCard r = user(Fixtures.card("minimal-empty"), OutputFormat.MD, "{{ model_id }}", Map.of("model_id", "acme/x"));

        assertThat(r.output()).endsWith("---\nacme/x");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aUserVariableEqualToTheCardsValueIsNoWarning() {
        RenderedCard r = user(CLASSIFIER, OutputFormat.MD, "{{ license }}", Map.of("license", "apache-2.0"));

        assertThat(r.problems()).isEmpty();
    }
}
