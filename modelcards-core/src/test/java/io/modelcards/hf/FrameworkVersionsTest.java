package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Environment;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkVersionsTest {
    private static final String TRAINER = "\n- Transformers 4.44.2\n- Pytorch 2.4.0+cu121\n- Datasets 2.21.0\n";
    private static final String SENTENCE = "- Python: 3.11.9\n- Sentence Transformers: 3.3.1\n\n";

    private static Object read(String body) {
        Map<String, Object> v = FrameworkVersions.INSTANCE.read("Framework versions", body);
        return v == null ? null : v.get(HubFields.LIBRARIES);
    }

    private static ModelCard with(Map<String, String> libraries) {
        Environment e = new Environment(null, null, null, null, null, null, libraries, null, null, null);
        return ModelCard.empty().withTraining(Training.EMPTY.withEnvironment(e));
    }

    @Test
    void trainerBulletsGiveNameAndVersion() {
        assertThat(read(TRAINER)).isEqualTo(Map.of("Transformers", "4.44.2", "Pytorch", "2.4.0+cu121", "Datasets", "2.21.0"));
    }

    @Test
    void sentenceTransformersBulletsGiveNamesWithSpaces() {
        assertThat(read(SENTENCE)).isEqualTo(Map.of("Python", "3.11.9", "Sentence Transformers", "3.3.1"));
    }

    @Test
    void aLineThatIsNoBulletLeavesTheSectionToOtherReaders() {
        assertThat(read("\nWe used the latest versions.\n")).isNull();
    }

    @Test
    void aChangedVersionRewritesItsBulletInTheListsStyle() {
        Map<String, String> libs = new LinkedHashMap<>(Map.of("Python", "3.12.1"));
        libs.put("Sentence Transformers", "3.3.1");
        assertThat(FrameworkVersions.INSTANCE.write(SENTENCE, with(libs), "\n", false)).isEqualTo(SENTENCE.replace("3.11.9", "3.12.1"));
    }

    @Test
    void anAddedLibraryFollowsTheOthersInTheTrainersStyle() {
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("Transformers", "4.44.2");
        libs.put("Pytorch", "2.4.0+cu121");
        libs.put("Datasets", "2.21.0");
        libs.put("PEFT", "0.13.2");
        assertThat(FrameworkVersions.INSTANCE.write(TRAINER, with(libs), "\n", false))
                .isEqualTo(TRAINER.replace("- Datasets 2.21.0\n", "- Datasets 2.21.0\n- PEFT 0.13.2\n"));
    }
}
