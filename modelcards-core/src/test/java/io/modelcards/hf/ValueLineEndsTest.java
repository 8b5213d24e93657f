package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.edit.CardEdit;
import org.junit.jupiter.api.Test;

/** A value that ends with a line end (a captured usage example) is written into a README's layout without a new blank line. */
class ValueLineEndsTest {
    @Test
    void aChangedValueEndingWithALineEndKeepsTheBlankLinesOfTheLayout() throws Exception {
        String readme = "# Model Card for m\n\n## How to Get Started with the Model\n\nold example\n\n## Training Details\n";
        ModelCard card = ReadmeCodec.parse(readme, "README.md", false).card();

        ModelCard edited = CardEdit.set(card, "/details/how_to_get_started", "new example\n", new Origin.Auto("capture:test"));

        assertThat(ReadmeCodec.write(edited)).isEqualTo(readme.replace("old example", "new example"));
    }
}
