package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import org.junit.jupiter.api.Test;

class HubTextTest {
    private static final HubText DESCRIPTION = HubText.of("/details/description", HubSection.TRAINER_MORE);

    @Test
    void theTrainersPlaceholderIsAnEmptyField() {
        assertThat(DESCRIPTION.read("Model description", "\nMore information needed\n\n")).containsEntry("/details/description", null);
    }

    @Test
    void writtenTextIsTheField() {
        assertThat(DESCRIPTION.read("Model description", "\nA small model.\n\n")).containsEntry("/details/description", "A small model.");
    }

    @Test
    void commentsThatEndTheSectionAreNoContent() {
        HubText usage = HubText.of("/details/how_to_get_started", null);
        assertThat(usage.read("Direct Usage", "\nRun it.\n\n<!--\n### Out-of-Scope Use\n-->\n\n"))
                .containsEntry("/details/how_to_get_started", "Run it.");
    }

    @Test
    void anEmptiedFieldGetsThePlaceholderBack() {
        assertThat(DESCRIPTION.write("\nA small model.\n\n", ModelCard.empty(), "\n", false))
                .isEqualTo("\nMore information needed\n\n");
    }

    @Test
    void aTitleIsTheNameAndItsTextTheSummary() {
        assertThat(HubText.title().read("acme-bert", "\nThis model is a fine-tuned version of bert.\n\n"))
                .containsEntry("/details/name", "acme-bert")
                .containsEntry("/details/summary", "This model is a fine-tuned version of bert.");
    }

    @Test
    void aRenamedModelRewritesTheTitleAsAPlainH1() {
        ModelCard card = ModelCard.empty().withDetails(ModelDetails.EMPTY.withName("acme-bert-v2"));
        assertThat(HubText.title().headLine("# acme-bert\n", "acme-bert", card, "\n")).isEqualTo("# acme-bert-v2\n");
    }
}
