package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in template and the README writer ({@link ReadmeCodec#write} for a card without a README) write the same
 * text for the sections a person fills, so that a README rendered by one reads back and is rewritten by the other.
 */
class WritersAgreeTest {
    private static final CardRenderer RENDERER = CardRenderer.create();

    /** Each heading line of {@code markdown} with the text under it to the next heading, without generated parts or trailing blanks. */
    private static Map<String, String> sections(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        boolean generated = false;
        for (String line : (markdown + "\n# end").split("\n")) {
            if (line.startsWith("<!-- modelcards:generated") || line.startsWith("<!-- /modelcards:generated")) {
                generated = line.startsWith("<!-- modelcards:"); // a captured part, written by the template alone
            } else if (generated) {
                continue;
            } else if (line.startsWith("#")) {
                if (heading != null) {
                    out.putIfAbsent(heading, body.toString().strip());
                }
                heading = line;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"### Owners and Contacts", "### Primary Intended Users", "### Ethical Considerations", "## Governance",
        "### Business Context", "### Out-of-Scope Use"})
    void theTemplateAndTheReadmeWriterWriteAHumanSectionAlike(String heading) {
        ModelCard card = Fixtures.card(GoldenOutputTest.FULL);
        String rendered = RENDERER.render(RenderRequest.of(card, OutputFormat.MD)
                .withTemplate(new TemplateChoice.Builtin(BuiltinTemplate.DEFAULT))).output();
        String written = ReadmeCodec.write(card.withSource(null));

        assertThat(sections(rendered)).containsKey(heading);
        assertThat(sections(written).get(heading)).isEqualTo(sections(rendered).get(heading));
    }
}
