package io.modelcards.edit;

import static io.modelcards.edit.EditFixtures.ALICE;
import static io.modelcards.edit.EditFixtures.IMPORT;
import static io.modelcards.edit.EditFixtures.TRIBUO;
import static io.modelcards.edit.EditFixtures.card;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import org.junit.jupiter.api.Test;

class RemovingAValueTest {

    @Test
    void aTextFieldIsRemovedAndTheRemovalsOriginRecorded() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/metadata/license", ALICE);
        assertThat(edited.metadata().license()).isNull();
        assertThat(edited.provenance().origins()).containsEntry("/metadata/license", ALICE);
    }

    @Test
    void aListElementIsRemovedAndTheLaterElementsMoveDownWithTheirOrigins() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/metadata/tags/1", ALICE);
        assertThat(edited.metadata().tags()).containsExactly("a", "c");
        assertThat(edited.provenance().origins()).doesNotContainValue(IMPORT)
                .containsEntry("/metadata/tags/1", TRIBUO).containsEntry("/metadata/tags/1/x", TRIBUO)
                .doesNotContainKeys("/metadata/tags/2", "/metadata/tags/2/x", "/metadata/tags");
    }

    @Test
    void removingTheLastElementLeavesTheOriginsOfTheEarlierOnes() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/metadata/tags/2", ALICE);
        assertThat(edited.metadata().tags()).containsExactly("a", "b");
        assertThat(edited.provenance().origins()).containsEntry("/metadata/tags/1", IMPORT)
                .doesNotContainKeys("/metadata/tags/2", "/metadata/tags/2/x");
    }

    @Test
    void aMapKeyIsRemoved() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/governance/custom_fields/team", ALICE);
        assertThat(edited.governance().customFields()).isEmpty();
    }

    @Test
    void aNestedRecordIsRemovedWithTheOriginsBelowIt() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/training/hyperparameters", ALICE);
        assertThat(edited.training().hyperparameters().all()).isEmpty();
        assertThat(edited.provenance().origins()).containsEntry("/training/hyperparameters", ALICE)
                .doesNotContainKey("/training/hyperparameters/all/lr");
    }

    @Test
    void removingAnAbsentFieldChangesNoValue() throws InvalidInputException {
        ModelCard edited = CardEdit.remove(card(), "/training/environment/os", ALICE);
        assertThat(CardCodec.toJson(edited.withProvenance(card().provenance()))).isEqualTo(CardCodec.toJson(card()));
    }

    @Test
    void theInputCardIsNotChanged() throws InvalidInputException {
        ModelCard before = card();
        String json = CardCodec.toJson(before);
        CardEdit.remove(before, "/metadata/tags/0", ALICE);
        assertThat(CardCodec.toJson(before)).isEqualTo(json);
        assertThat(before.metadata().tags()).containsExactly("a", "b", "c");
    }
}
