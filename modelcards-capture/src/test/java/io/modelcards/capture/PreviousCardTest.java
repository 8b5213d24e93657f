package io.modelcards.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Origin;
import io.modelcards.edit.CardEdit;
import io.modelcards.merge.MergeResult;
import org.junit.jupiter.api.Test;

class PreviousCardTest {

    private static CardRecorder recorder(ModelCard previous) {
        CardRecorder r = CardRecorder.builder().setModelName("m").optPrevious(previous).build();
        r.log(1, "loss", 0.5);
        return r;
    }

    @Test
    void aPersonsTextFromThePreviousCardIsKeptBesideTheNewCapture() throws Exception {
        ModelCard previous = CardEdit.set(ModelCardBuilder.builder().details(ModelDetails.EMPTY.withName("m")).build(),
                "/considerations/bias_risks_limitations", "Small data.", new Origin.Human("ana", null, null));
        ModelCard card = recorder(previous).toCard();
        assertThat(card.considerations().biasRisksLimitations()).isEqualTo("Small data.");
        assertThat(card.training().log()).isNotEmpty();
    }

    @Test
    void theMergeListsItsDecisions() throws Exception {
        ModelCard previous = CardEdit.set(ModelCardBuilder.builder().details(ModelDetails.EMPTY.withName("m")).build(),
                "/uses/direct_use", "Demo.", new Origin.Human("ana", null, null));
        MergeResult merge = recorder(previous).toMerge();
        assertThat(merge.decisions()).anySatisfy(d -> assertThat(d.pointer()).isEqualTo("/uses/direct_use"));
    }

    @Test
    void aPreviousCardOfAnotherModelIsRefusedWhenTheRecorderIsBuilt() {
        ModelCard other = ModelCardBuilder.builder().details(ModelDetails.EMPTY.withName("other")).build();
        assertThatThrownBy(() -> CardRecorder.builder().setModelName("m").optPrevious(other).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"other\", not of \"m\"");
    }
}
