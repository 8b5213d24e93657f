package io.modelcards.standards.internal.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad SageMaker input gives one located line that says what to do; no card is made. */
class SageMakerImportErrorsTest {
    static List<String> problems(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new SageMakerImporter().read(text, "sm.json"));
        assertThat(e).as("an import error").isNotNull();
        return e.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void textThatIsNotJsonIsASyntaxErrorAtItsPlace() {
        assertThat(problems("{\"model_overview\": }")).containsExactly("sm.json:1:20: error: cannot parse as JSON: Unexpected "
                + "character ('}' (code 125)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or "
                + "'false'): fix the syntax here [sagemaker/syntax]");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertThat(problems("\"content\"")).containsExactly("sm.json:1:1: error: expected SageMaker model card content (a JSON "
                + "object), found text: export it again or check the file [sagemaker/shape]");
    }

    @Test
    void aFieldTheSchemaDoesNotAllowIsReportedAtIt() {
        assertThat(problems("{\"model_overview\": {\n  \"model_name\": \"x\"}}")).containsExactly("sm.json:2:3: error: "
                + "/model_overview/model_name: unknown field \"model_name\": SageMaker's content schema does not allow it: remove it "
                + "or check its spelling [sagemaker/unknown-field]");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedAtIt() {
        assertThat(problems("{\"intended_uses\": {\"intended_uses\": [\"a\"]}}")).containsExactly("sm.json:1:20: error: "
                + "/intended_uses/intended_uses: expected text, found a list [sagemaker/type]");
    }

    @Test
    void aRiskRatingSageMakerDoesNotKnowIsReportedAtIt() {
        assertThat(problems("{\"intended_uses\": {\"risk_rating\": \"high\"}}")).containsExactly("sm.json:1:20: error: "
                + "/intended_uses/risk_rating: \"high\" is not a SageMaker risk rating: use High, Medium, Low or Unknown "
                + "[sagemaker/enum]");
    }

    @Test
    void aTrainingMetricWithoutAValueIsReportedAtIt() {
        assertThat(problems("{\"training_details\": {\"training_job_details\": {\"training_metrics\": [{\"name\": \"loss\"}]}}}"))
                .containsExactly("sm.json:1:69: error: /training_details/training_job_details/training_metrics/0: a training "
                        + "metric needs a name and a number value [sagemaker/missing-value]");
    }

    @Test
    void aHyperparameterWithoutANameIsReportedAtIt() {
        assertThat(problems("{\"training_details\": {\"training_job_details\": {\"hyper_parameters\": [{\"value\": \"1\"}]}}}"))
                .containsExactly("sm.json:1:69: error: /training_details/training_job_details/hyper_parameters/0: a "
                        + "hyperparameter needs a name [sagemaker/missing-name]");
    }

    @Test
    void requestContentThatIsNotJsonIsReportedAtTheContentMember() {
        assertThat(problems("{\"ModelCardName\": \"m\",\n \"Content\": \"{oops\"}")).containsExactly("sm.json:2:2: error: Content, "
                + "at its character 2 of line 1: cannot parse as JSON: Unexpected character ('o' (code 111)): was expecting "
                + "double-quote to start field name: fix the syntax here [sagemaker/syntax]");
    }

    @Test
    void requestContentThatIsNotTextIsReportedAtIt() {
        assertThat(problems("{\"Content\": {}}")).containsExactly("sm.json:1:2: error: /Content: expected text, found an object "
                + "[sagemaker/type]");
    }

    @Test
    void aFieldAnEvaluationDoesNotAllowIsReportedAtIt() {
        assertThat(problems("{\"evaluation_details\": [{\"name\": \"e\", \"score\": 1}]}")).containsExactly("sm.json:1:39: error: "
                + "/evaluation_details/0/score: unknown field \"score\": SageMaker's content schema does not allow it: remove it or "
                + "check its spelling [sagemaker/unknown-field]");
    }
}
