package io.modelcards.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.RegistryException;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.server.json.ApiJson;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper(ApiJson.mapper());

    @Test
    void anUnexpectedFailureIsA500WithAnErrorIdAndNothingOfTheException() throws Exception {
        Problem p = mapper.problemFor(new IllegalStateException("jdbc:postgresql://db?password=hunter2 mc_secret"));
        String json = ApiJson.mapper().writeValueAsString(p);
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.code()).isEqualTo("server/internal");
        assertThat(p.errorId()).isNotBlank();
        assertThat(p.detail()).contains(p.errorId());
        assertThat(json).doesNotContain("IllegalState").doesNotContain("hunter2").doesNotContain("mc_secret")
                .doesNotContain("java.");
    }

    @Test
    void theLogLineOfAFailureNamesItsTypesAndPlaceButNotItsMessages() {
        String line = ErrorMapper.failure(new IllegalStateException("password=hunter2 mc_secret",
                new SQLException("INSERT ... arguments: {name: body-text}")));
        assertThat(line).startsWith("java.lang.IllegalStateException caused by java.sql.SQLException at "
                + ErrorMapperTest.class.getName() + ".theLogLineOfAFailureNamesItsTypesAndPlaceButNotItsMessages(")
                .doesNotContain("hunter2").doesNotContain("mc_secret").doesNotContain("body-text").doesNotContain("\n");
    }

    @Test
    void eachRegistryRefusalKindHasItsStatus() {
        Map<Kind, Integer> expected = Map.of(Kind.NOT_FOUND, 404, Kind.FORBIDDEN, 403, Kind.CONFLICT, 409,
                Kind.PRECONDITION_FAILED, 412, Kind.INVALID, 422);
        expected.forEach((kind, status) -> {
            Problem p = mapper.problemFor(RegistryException.of(kind, "models/m", "test/code", "what to do"));
            assertThat(p.status()).as(kind.name()).isEqualTo(status);
            assertThat(p.code()).isEqualTo("test/code");
            assertThat(p.type()).isEqualTo("https://modelcards.io/problems/test/code");
        });
    }

    @Test
    void everyProblemOfAnUnreadableCardKeepsItsLineColumnAndPointer() {
        Problem p = mapper.problemFor(new InvalidInputException(List.of(
                Diagnostic.error("request body", 3, 7, "yaml/syntax", "close the list with ]"),
                Diagnostic.error("request body", 0, 0, "schema/type", "license must be text").atPointer("/license"))));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.problems()).hasSize(2);
        assertThat(p.problems().get(0).line()).isEqualTo(3);
        assertThat(p.problems().get(0).column()).isEqualTo(7);
        assertThat(p.problems().get(1).line()).isNull();
        assertThat(p.problems().get(1).pointer()).isEqualTo("/license");
        assertThat(p.detail()).contains("and 1 more");
    }
}
