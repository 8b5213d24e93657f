package io.modelcards.edit;

import static io.modelcards.edit.EditFixtures.ALICE;
import static io.modelcards.edit.EditFixtures.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusedEditsTest {

    private static Diagnostic setRefused(String pointer, Object value) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CardEdit.set(card(), pointer, value, ALICE));
        assertThat(e).as("set %s", pointer).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static Diagnostic removeRefused(String pointer) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CardEdit.remove(card(), pointer, ALICE));
        assertThat(e).as("remove %s", pointer).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static void assertRefusal(Diagnostic d, String code, String pointer, String message) {
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.pointer()).isEqualTo(pointer);
        assertThat(d.message()).isEqualTo(message);
    }

    @Test
    void aMistypedFieldIsRefusedWithTheNearestPointer() {
        assertRefusal(setRefused("/uses/out_of_scope", "x"), "edit/unknown-pointer", "/uses/out_of_scope",
                "/uses/out_of_scope is not a card field: did you mean /uses/out_of_scope_use?");
    }

    @Test
    void aMistypedSectionIsRefusedWithTheWholeCorrectedPointer() {
        assertRefusal(setRefused("/usess/out_of_scope_use", "x"), "edit/unknown-pointer", "/usess/out_of_scope_use",
                "/usess/out_of_scope_use is not a card field: did you mean /uses/out_of_scope_use?");
    }

    @Test
    void aCamelCaseFieldNameFindsItsSnakeCaseSpelling() {
        assertThat(setRefused("/uses/outOfScopeUse", "x").message()).endsWith("did you mean /uses/out_of_scope_use?");
    }

    @Test
    void aFieldNothingLikeAnyIsRefusedWithTheFieldsThereAre() {
        assertRefusal(setRefused("/uses/colour", "x"), "edit/unknown-pointer", "/uses/colour",
                "/uses/colour is not a card field: the fields of /uses are direct_use, downstream_use, out_of_scope_use, primary_users");
    }

    @Test
    void anUnknownKeyInsideARecordValueIsRefusedAtThatKey() {
        assertRefusal(setRefused("/details/owners/0", Map.of("name", "Bo", "contcat", "bo@example.org")), "edit/unknown-pointer",
                "/details/owners/0/contcat", "/details/owners/0/contcat is not a card field: did you mean /details/owners/0/contact?");
    }

    @Test
    void aPartOfATextFieldIsRefused() {
        assertRefusal(setRefused("/details/name/first", "x"), "edit/unknown-pointer", "/details/name/first",
                "/details/name/first is not a card field: /details/name holds text, which has no parts: point at /details/name itself");
    }

    @Test
    void anElementPastTheEndIsRefusedWithHowToAppend() {
        assertRefusal(setRefused("/metadata/tags/3", "d"), "edit/unknown-pointer", "/metadata/tags/3",
                "there is no element 3 in /metadata/tags (it has 3 elements): give a number below 3, or use /metadata/tags/- to append");
    }

    @Test
    void anElementOfAnEmptyListIsRefusedWithHowToAppend() {
        assertRefusal(setRefused("/details/references/0", "x"), "edit/unknown-pointer", "/details/references/0",
                "there is no element 0 in /details/references: it is empty; use /details/references/- to append");
    }

    @Test
    void removingAnElementOfAnEmptyListIsRefused() {
        assertRefusal(removeRefused("/details/references/0"), "edit/unknown-pointer", "/details/references/0",
                "there is no element 0 in /details/references: it is empty");
    }

    @Test
    void aPartOfAFreeFormTextValueIsRefused() {
        assertRefusal(setRefused("/governance/custom_fields/team/lead", "Ann"), "edit/unknown-pointer",
                "/governance/custom_fields/team/lead", "/governance/custom_fields/team/lead is not a card field:"
                        + " /governance/custom_fields/team holds the text \"search\", which has no parts:"
                        + " point at /governance/custom_fields/team itself");
    }

    @Test
    void anElementNumberWithALeadingZeroIsRefused() {
        assertRefusal(setRefused("/metadata/tags/01", "d"), "edit/unknown-pointer", "/metadata/tags/01",
                "/metadata/tags/01 is not a card field: /metadata/tags is a list, so give an element number (0, 1, …)"
                        + " or \"-\" to append");
    }

    @Test
    void removingTheEndOfAListIsRefused() {
        assertRefusal(removeRefused("/metadata/tags/-"), "edit/unknown-pointer", "/metadata/tags/-",
                "/metadata/tags/- names no element: \"-\" only appends, as the last part of a pointer given to set;"
                        + " give the element's number");
    }

    @Test
    void textForANumberIsRefusedNamingTheTypeInPlainWords() {
        assertRefusal(setRefused("/datasets/0/statistics/rows", "many"), "edit/wrong-type", "/datasets/0/statistics/rows",
                "/datasets/0/statistics/rows takes a whole number, not the text \"many\": give a whole number instead");
    }

    @Test
    void aNumberForTextIsRefusedRatherThanTurnedIntoText() {
        assertRefusal(setRefused("/details/name", 3), "edit/wrong-type", "/details/name",
                "/details/name takes text, not the number 3: give text instead");
    }

    @Test
    void anUnknownRiskRatingIsRefusedWithTheRatingsThereAre() {
        assertRefusal(setRefused("/governance/risk", "severe"), "edit/wrong-type", "/governance/risk",
                "/governance/risk takes one of high, medium, low, unknown, not the text \"severe\": give one of those instead");
    }

    @Test
    void aWrongElementInsideAListIsRefusedAtThatElement() {
        assertRefusal(setRefused("/metadata/tags", List.of("ok", 2)), "edit/wrong-type", "/metadata/tags/1",
                "/metadata/tags/1 takes text, not the number 2: give text instead");
    }

    @Test
    void aSingleValueForAListIsRefused() {
        assertRefusal(setRefused("/metadata/tags", "one"), "edit/wrong-type", "/metadata/tags",
                "/metadata/tags takes a list of text, not the text \"one\": give a list of text instead");
    }

    @Test
    void nullIsRefusedWithHowToClearAValue() {
        assertRefusal(setRefused("/details/name", null), "edit/wrong-type", "/details/name",
                "/details/name takes text, not null: give text instead; to clear /details/name, remove it");
    }

    @Test
    void theSchemaVersionIsReadOnly() {
        assertRefusal(setRefused("/schema_version", "1.0"), "edit/read-only", "/schema_version",
                "/schema_version cannot be edited: modelcards writes it, and reading a card migrates it");
    }

    @Test
    void provenanceIsReadOnly() {
        assertRefusal(removeRefused("/provenance/origins/~1metadata~1tags~11"), "edit/read-only", "/provenance/origins/~1metadata~1tags~11",
                "/provenance cannot be edited: each edit records it from the origin it is given");
    }

    @Test
    void theReadmeLayoutIsReadOnly() {
        assertRefusal(setRefused("/source/bom", true), "edit/read-only", "/source/bom",
                "/source cannot be edited: it is the layout of the README the card was read from; edit the card's fields instead");
    }

    @Test
    void theWholeCardIsNotReplacedByOneEdit() {
        assertRefusal(setRefused("", Map.of()), "edit/read-only", "",
                "the whole card cannot be replaced by one edit: set its fields one at a time, such as /uses/out_of_scope_use");
    }

    @Test
    void aPointerWithoutALeadingSlashIsRefused() {
        assertRefusal(setRefused("uses/direct_use", "x"), "edit/bad-pointer", "uses/direct_use",
                "\"uses/direct_use\" is not a JSON Pointer: start it with \"/\", as in /uses/out_of_scope_use");
    }

    @Test
    void aBadTildeEscapeIsRefused() {
        assertRefusal(setRefused("/governance/custom_fields/a~b", "x"), "edit/bad-pointer", "/governance/custom_fields/a~b",
                "/governance/custom_fields/a~b has a \"~\" that is not ~0 or ~1: inside a key, write ~0 for \"~\" and ~1 for \"/\"");
    }

    @Test
    void aCountCannotBeRemoved() {
        assertRefusal(removeRefused("/datasets/0/statistics/rows"), "edit/required", "/datasets/0/statistics/rows",
                "/datasets/0/statistics/rows always has a value and cannot be removed: set it to a whole number instead");
    }

    @Test
    void aRefusalPrintsAsOneDiagnosticLine() {
        assertThat(setRefused("/uses/out_of_scope", "x").format()).isEqualTo(
                "-:0:0: error: /uses/out_of_scope is not a card field: did you mean /uses/out_of_scope_use? [edit/unknown-pointer]");
    }
}
