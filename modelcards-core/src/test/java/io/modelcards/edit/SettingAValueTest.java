package io.modelcards.edit;

import static io.modelcards.edit.EditFixtures.ALICE;
import static io.modelcards.edit.EditFixtures.TRIBUO;
import static io.modelcards.edit.EditFixtures.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Origin;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingAValueTest {

    @Test
    void aTextFieldIsSetAndItsOriginRecordedWithAuthorTimeAndTheFactsItWasWrittenAgainst() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/uses/out_of_scope_use", "Do not use it to judge people.", ALICE);
        assertThat(edited.uses().outOfScopeUse()).isEqualTo("Do not use it to judge people.");
        Origin o = edited.provenance().origins().get("/uses/out_of_scope_use");
        assertThat(o).isEqualTo(new Origin.Human("alice", null, "2026-12-05T22:08:15Z", Facts.of(edited), null));
    }

    @Test
    void aFieldAboutPeopleRecordsNoFactsBecauseNoFactCanMakeItUntrue() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/details/contact", "ml-team@example.org", ALICE);
        assertThat(edited.provenance().origins().get("/details/contact")).isEqualTo(ALICE);
    }

    @Test
    void aJsonValueIsSetAsGiven() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/details/summary", JsonNodeFactory.instance.textNode("A sentiment model."), ALICE);
        assertThat(edited.details().summary()).isEqualTo("A sentiment model.");
    }

    @Test
    void aNumberFieldIsSet() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/datasets/0/statistics/rows", 25_000, ALICE);
        assertThat(edited.datasets().get(0).statistics().rows()).isEqualTo(25_000L);
    }

    @Test
    void aRiskRatingIsSetFromItsLowerCaseName() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/governance/risk", "high", ALICE);
        assertThat(edited.governance().risk()).isEqualTo(RiskRating.HIGH);
    }

    @Test
    void aFlagIsSetFromABoolean() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/metadata/eval_results/-", Map.of("task_type", "text-classification",
                "verified", true), ALICE);
        assertThat(edited.metadata().evalResults().get(0).verified()).isTrue();
    }

    @Test
    void aListElementIsReplacedInPlace() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/metadata/tags/1", "sentiment", ALICE);
        assertThat(edited.metadata().tags()).containsExactly("a", "sentiment", "c");
        assertThat(edited.provenance().originOf("/metadata/tags/1")).isEqualTo(ALICE);
    }

    @Test
    void aDashAppendsToAListAndTheOriginIsRecordedAtTheNewIndex() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/metadata/tags/-", "d", ALICE);
        assertThat(edited.metadata().tags()).containsExactly("a", "b", "c", "d");
        assertThat(edited.provenance().origins()).containsEntry("/metadata/tags/3", ALICE).doesNotContainKey("/metadata/tags/-");
    }

    @Test
    void aDashAppendsToAnAbsentList() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/metadata/language/-", "en", ALICE);
        assertThat(edited.metadata().language()).containsExactly("en");
    }

    @Test
    void aWholeListIsSetFromAJavaList() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/metadata/tags", List.of("x", "y"), ALICE);
        assertThat(edited.metadata().tags()).containsExactly("x", "y");
    }

    @Test
    void aNewHyperparameterKeyIsAccepted() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/training/hyperparameters/all/epochs", 3, ALICE);
        assertThat(edited.training().hyperparameters().all()).containsEntry("lr", 0.1).containsEntry("epochs", 3);
    }

    @Test
    void aNewCustomFieldKeyWithAnEscapedSlashIsAccepted() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/governance/custom_fields/owner~1team", "ml-platform", ALICE);
        assertThat(edited.governance().customFields()).containsEntry("owner/team", "ml-platform").containsEntry("team", "search");
        assertThat(edited.provenance().origins()).containsKey("/governance/custom_fields/owner~1team");
    }

    @Test
    void aFreeFormValueIsWalkedIntoAndItsAbsentPartsCreated() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/governance/custom_fields/review/board", "ethics", ALICE);
        assertThat(edited.governance().customFields().get("review")).isEqualTo(Map.of("board", "ethics"));
    }

    @Test
    void aNestedRecordIsSetFromAMapOfItsFields() throws InvalidInputException {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put("name", "Bo");
        owner.put("contact", "bo@example.org");
        ModelCard edited = CardEdit.set(card(), "/details/owners/-", owner, ALICE);
        assertThat(edited.details().owners()).containsExactly(new ModelDetails.Owner("Ann", "ann@example.org"),
                new ModelDetails.Owner("Bo", "bo@example.org"));
    }

    @Test
    void aFieldOfAnAbsentRecordIsSetByCreatingTheRecord() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/training/environment/os", "Linux", ALICE);
        assertThat(edited.training().environment().os()).isEqualTo("Linux");
        assertThat(edited.training().hyperparameters().all()).containsEntry("lr", 0.1);
    }

    @Test
    void settingAValueDropsTheOriginsOfThePartsItReplaced() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/training/hyperparameters", Map.of("all", Map.of("lr", 0.2)), ALICE);
        Origin stamped = ALICE.withBasis(Facts.of(edited));
        assertThat(edited.provenance().origins()).containsEntry("/training/hyperparameters", stamped)
                .doesNotContainKey("/training/hyperparameters/all/lr");
        assertThat(edited.provenance().originOf("/training/hyperparameters/all/lr")).isEqualTo(stamped);
    }

    @Test
    void otherOriginsAreKept() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/details/name", "acme/other", ALICE);
        assertThat(edited.provenance().origins()).containsEntry("/training/hyperparameters", TRIBUO).hasSize(6);
    }

    @Test
    void theInputCardIsNotChanged() throws InvalidInputException {
        ModelCard before = card();
        String json = CardCodec.toJson(before);
        ModelCard edited = CardEdit.set(before, "/details/name", "acme/other", ALICE);
        assertThat(CardCodec.toJson(before)).isEqualTo(json);
        assertThat(before.details().name()).isEqualTo("acme/model");
        assertThat(edited).isNotSameAs(before);
    }

    @Test
    void theEditedCardIsTheSameCardApartFromTheEditedValueAndItsOrigin() throws InvalidInputException {
        ModelCard edited = CardEdit.set(card(), "/details/name", "acme/other", ALICE);
        ModelCard expected = card().withDetails(card().details().withName("acme/other"));
        assertThat(CardCodec.toJson(edited.withProvenance(expected.provenance()))).isEqualTo(CardCodec.toJson(expected));
    }
}
