package io.modelcards.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSavedTest {

    @Test
    void aSavedModelIsTheCardsArtifactByTheSha256OfItsBytes(@TempDir Path tmp) throws Exception {
        Path model = Files.writeString(tmp.resolve("model.bin"), "abc", StandardCharsets.UTF_8);
        CardRecorder r = CardRecorder.builder().setModelName("m").build();
        r.modelSaved(model);
        ModelCard card = r.toCard();
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(card.details().artifact())
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(card.provenance().origins().get("/details/artifact")).isEqualTo(new Origin.Auto("capture:model-saved"));
    }

    @Test
    void aRunThatSavedNoModelHasNoArtifact() {
        ModelCard card = CardRecorder.builder().setModelName("m").build().toCard();
        assertThat(card.details().artifact()).isNull();
        assertThat(card.provenance().origins()).doesNotContainKey("/details/artifact");
    }

    @Test
    void aHashNotWrittenAsSha256HexIsRefused() {
        assertThatThrownBy(() -> new ModelSaved("md5:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256:<64 lower-case hex digits>");
    }
}
