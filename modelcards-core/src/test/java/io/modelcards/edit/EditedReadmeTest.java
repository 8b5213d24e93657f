package io.modelcards.edit;

import static io.modelcards.edit.EditFixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.ReadmeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EditedReadmeTest {
    private static final String OLD = "Do not use it to judge people.";
    private static final String NEW = "Do not use it to screen job applicants.";

    private static String fixture() {
        try (InputStream in = EditedReadmeTest.class.getResourceAsStream("/readme/roundtrip/hf-template-filled.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelCard read(String text) throws InvalidInputException {
        return ReadmeCodec.parse(text, "README.md", false).card();
    }

    @Test
    void anEditedSectionIsWrittenAnewAndReadsBackOnce() throws InvalidInputException {
        String before = fixture();
        assertThat(before).contains(OLD);
        String out = ReadmeCodec.write(CardEdit.set(read(before), "/uses/out_of_scope_use", NEW, ALICE));
        assertThat(out).doesNotContain(OLD);
        assertThat(out.split(NEW, -1)).hasSize(2);
        assertThat(read(out).uses().outOfScopeUse()).isEqualTo(NEW);
    }

    @Test
    void onlyTheEditedSectionChanges() throws InvalidInputException {
        String before = fixture();
        String out = ReadmeCodec.write(CardEdit.set(read(before), "/uses/out_of_scope_use", NEW, ALICE));
        assertThat(out).isEqualTo(before.replace(OLD, NEW));
    }

    @Test
    void anEditKeepsTheReadmeLayout() throws InvalidInputException {
        ModelCard card = read(fixture());
        assertThat(CardEdit.set(card, "/uses/out_of_scope_use", NEW, ALICE).source()).isEqualTo(card.source());
    }

    @Test
    void anEditedFrontMatterKeyIsWrittenAnewAndTheRestKept() throws InvalidInputException {
        String before = fixture();
        String out = ReadmeCodec.write(CardEdit.set(read(before), "/metadata/license", "mit", ALICE));
        assertThat(out).isEqualTo(before.replace("license: apache-2.0\n", "license: mit\n"));
    }

    @Test
    void aRemovedSectionIsNoLongerRead() throws InvalidInputException {
        String out = ReadmeCodec.write(CardEdit.remove(read(fixture()), "/uses/out_of_scope_use", ALICE));
        assertThat(out).doesNotContain(OLD);
        assertThat(read(out).uses().outOfScopeUse()).isNull();
    }
}
