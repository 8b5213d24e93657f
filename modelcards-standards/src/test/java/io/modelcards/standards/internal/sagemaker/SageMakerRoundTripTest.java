package io.modelcards.standards.internal.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.standards.ExportOptions;
import io.modelcards.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export to SageMaker, then import: the same card on every field the content carries. */
class SageMakerRoundTripTest {
    static List<String> cards() {
        return Fixtures.cardNames();
    }

    static ModelCard roundTrip(ModelCard card) throws Exception {
        return new SageMakerImporter().read(SageMakerExportTest.export(card).document(), "card.sagemaker.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void aFixtureCardComesBackWithEveryFieldTheContentCarries(String name) throws Exception {
        ModelCard card = Fixtures.card(name);
        assertThat(CardCodec.toJson(CarriedBySageMaker.of(roundTrip(card)))).isEqualTo(CardCodec.toJson(CarriedBySageMaker.of(card)));
    }

    @Test
    void aCreateModelCardRequestReadsBackToTheSameCard() throws Exception {
        ModelCard card = Fixtures.card("full-every-field");
        String request = new SageMakerExporter().export(card, new ExportOptions(null, SageMakerExportTest.AT, "approved")).document();
        assertThat(CardCodec.toJson(new SageMakerImporter().read(request, "request.json"))).isEqualTo(CardCodec.toJson(roundTrip(card)));
    }

    @Test
    void aUserProvidedHyperparameterComesBackAsWrittenByAPerson() throws Exception {
        ModelCard card = Fixtures.card("full-every-field");
        card = card.withProvenance(card.provenance().with("/training/hyperparameters/all/epochs", new Origin.Human("Dana", null)));
        ModelCard back = roundTrip(card);
        assertThat(back.provenance().originOf("/training/hyperparameters/all/epochs")).isInstanceOf(Origin.Human.class);
        assertThat(back.provenance().originOf("/training/hyperparameters/all/l2")).isEqualTo(new Origin.Auto("import:sagemaker"));
    }
}
