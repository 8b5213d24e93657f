package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every built-in template × format: each example card with the template chosen for it, and the
 * cards that set every field and that carry two dataset profiles with every built-in template.
 */
class GoldenOutputTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    static final String FULL = "full-every-field";
    static final String PROFILED = "profiled-datasets";

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String card : Fixtures.cardNames()) {
            BuiltinTemplate chosen = BuiltinTemplates.choose(Fixtures.card(card));
            for (OutputFormat f : OutputFormat.values()) {
                cases.add(Arguments.of(card, chosen, f));
            }
        }
        for (String card : List.of(FULL, PROFILED)) {
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                if (t != BuiltinTemplates.choose(Fixtures.card(card))) {
                    cases.add(Arguments.of(card, t, OutputFormat.MD));
                    cases.add(Arguments.of(card, t, OutputFormat.HTML));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} with {1} as {2}")
    @MethodSource("cases")
    void outputMatchesItsGoldenFile(String card, BuiltinTemplate template, OutputFormat format) {
        RenderedCard r = RENDERER.render(RenderRequest.of(Fixtures.card(card), format)
                .withTemplate(new TemplateChoice.Builtin(template)));

        assertThat(r.problems()).as("render problems").isEmpty();
        String name = format == OutputFormat.JSON ? card + ".json" : card + "." + template.id() + "." + format.id();
        Golden.assertMatches("golden/" + name, r.output());
    }
}
