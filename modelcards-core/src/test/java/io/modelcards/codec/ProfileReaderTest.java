package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.card.DatasetProfile;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static Diagnostic problem(String text) {
        var e = catchThrowableOfType(() -> ProfileReader.read(text, "p.json"), InvalidInputException.class);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aWellFormedProfileIsRead() throws InvalidInputException {
        DatasetProfile p = ProfileReader.read("{\"schema_version\": \"1.2\", \"name\": \"imdb\", \"rows\": 7}", "p.json");
        assertThat(p.name()).isEqualTo("imdb");
        assertThat(p.rows()).isEqualTo(7);
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasFoundAndNamesItsPointer() {
        Diagnostic d = problem("{\n  \"schema_version\": \"1.2\",\n  \"rows\": \"many\"\n}\n");
        assertThat(d.format()).isEqualTo("p.json:3:3: error: /rows: expected a number, found \"many\" [profile/type]");
        assertThat(d.pointer()).isEqualTo("/rows");
    }

    @Test
    void anUnknownFieldIsAdvisedForProfilesNotCards() {
        Diagnostic d = problem("{\"schema_version\": \"1.2\", \"rows\": 1, \"colums\": []}");
        assertThat(d.message())
                .isEqualTo("/colums: unknown field \"colums\": write the profile with modelcards profile, or remove the field");
    }

    @Test
    void aProfileNestedTooDeeplyIsRefusedWhereItGetsTooDeep() {
        String before = "{\"schema_version\": \"1.2\", \"x\": ";
        Diagnostic d = problem(before + "[".repeat(300) + "]".repeat(300) + "}");
        assertThat(d.code()).isEqualTo("profile/too-deep");
        // The object is level 1, so the bracket that opens level MAX_NESTING + 1 is the MAX_NESTING-th one.
        assertThat(d.column()).isEqualTo(before.length() + CardMappers.MAX_NESTING);
    }

    @Test
    void aProfileOfANewerSchemaIsRefusedAtItsVersion() {
        Diagnostic d = problem("{\n  \"schema_version\": \"9.0\"\n}");
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.code()).isEqualTo("profile/schema-version");
        assertThat(d.pointer()).isEqualTo("/schema_version");
    }
}
