package io.modelcards.standards.internal.mct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad MCT input gives one located line that says what to do; no card is made. */
class MctImportErrorsTest {
    static List<String> problems(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new MctImporter().read(text, "in.json"));
        assertThat(e).as("an import error").isNotNull();
        return e.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void textThatIsNotJsonIsASyntaxErrorAtItsPlace() {
        assertThat(problems("{\n  \"model_details\": {\"name\": \"x\",}\n}")).containsExactly(
                "in.json:2:33: error: cannot parse as JSON: Unexpected character ('}' (code 125)): was expecting double-quote to "
                        + "start field name: fix the syntax here [mct/syntax]");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertThat(problems("[1, 2]")).containsExactly("in.json:1:1: error: expected a Model Card Toolkit model card (a JSON "
                + "object), found a list: export it again or check the file [mct/shape]");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtIt() {
        assertThat(problems("{\n  \"model_details\": {\n    \"name\": 42\n  }\n}")).containsExactly(
                "in.json:3:5: error: /model_details/name: expected text, found a number [mct/type]");
    }

    @Test
    void anUnknownTopLevelFieldIsReportedAtIt() {
        assertThat(problems("{\"schema_version\": \"0.0.2\",\n \"model_detail\": {}}")).containsExactly(
                "in.json:2:2: error: /model_detail: unknown field \"model_detail\": an MCT 0.0.2 card has only considerations, "
                        + "model_details, model_parameters, quantitative_analysis, schema_version [mct/unknown-field]");
    }

    @Test
    void aMetricValueThatIsNotANumberIsReportedAtIt() {
        assertThat(problems("{\"quantitative_analysis\": {\"performance_metrics\": [\n {\"type\": \"f1\", \"value\": \"high\"}]}}"))
                .containsExactly("in.json:2:17: error: /quantitative_analysis/performance_metrics/0/value: expected a number "
                        + "written as text, found \"high\": write it like \"0.91\" [mct/number]");
    }

    @Test
    void aMetricWithoutAValueIsReportedAtIt() {
        assertThat(problems("{\"quantitative_analysis\": {\"performance_metrics\": [\n {\"type\": \"f1\"}]}}")).containsExactly(
                "in.json:2:2: error: /quantitative_analysis/performance_metrics/0: a performance metric needs a value: add "
                        + "\"value\": \"0.91\" [mct/missing-value]");
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        assertThat(problems("{\"model_details\": {\"name\": 1, \"overview\": 2}}")).hasSize(2);
    }
}
