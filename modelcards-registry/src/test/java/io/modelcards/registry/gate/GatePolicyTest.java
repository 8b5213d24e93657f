package io.modelcards.registry.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.workflow.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatePolicyTest {
    private static final String EXAMPLE = """
            require: published          # or approved (approved accepts approved or published)
            metrics:
              - {type: accuracy, dataset: imdb, split: test, min: 0.9}
            risk_high_needs_signoff: true
            no_stale: true
            """;

    private static Diagnostic problem(String text, String name) {
        try {
            GatePolicy.parse(text, name);
        } catch (InvalidInputException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void theExamplePolicyReadsAsWritten() throws InvalidInputException {
        assertThat(GatePolicy.parse(EXAMPLE, "gate.yaml")).isEqualTo(new GatePolicy(State.PUBLISHED,
                List.of(new GatePolicy.MetricBound("accuracy", "imdb", "test", 0.9, null)), true, true));
    }

    @Test
    void theSamePolicyReadsFromJsonByTheFilesName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gate.json");
        Files.writeString(file, "{\"require\": \"approved\", \"metrics\": [{\"type\": \"wer\", \"max\": 0.1}], \"no_stale\": false}");
        assertThat(GatePolicy.read(file)).isEqualTo(new GatePolicy(State.APPROVED,
                List.of(new GatePolicy.MetricBound("wer", null, null, null, 0.1)), true, false));
    }

    @Test
    void anEmptyFileAndMissingSettingsTakeTheStrictDefaults() throws InvalidInputException {
        assertThat(GatePolicy.parse("", "gate.yaml")).isEqualTo(GatePolicy.DEFAULT);
        assertThat(GatePolicy.parse("require: approved\n", "gate.yaml")).isEqualTo(GatePolicy.DEFAULT.withRequire(State.APPROVED));
        assertThat(GatePolicy.DEFAULT.riskHighNeedsSignoff()).isTrue();
        assertThat(GatePolicy.DEFAULT.noStale()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'require: deployed'                                 | 1 | 1  | require must be published or approved",
        "'no_stale: yes please'                              | 1 | 1  | no_stale must be true or false",
        "'metrics:\n  - {dataset: imdb, min: 0.9}'           | 2 | 5  | has no type",
        "'metrics:\n  - {type: accuracy}'                    | 2 | 5  | has neither min nor max",
        "'metrics:\n  - {type: accuracy, min: high}'         | 2 | 22 | min must be a number",
        "'metrics: accuracy'                                 | 1 | 1  | metrics must be a list",
        "'require: published\nno_stael: true'                | 2 | 1  | did you mean \"no_stale\"?",
        "'metrics:\n  - {type: accuracy, minimum: 0.9}'      | 2 | 22 | unknown setting \"minimum\"",
        "'require: [published'                               | 1 | 20 | cannot parse the gate policy",
        "'- published'                                       | 1 | 1  | a gate policy is a mapping",
    })
    void aMistakeIsLocatedAndSaysWhatIsAccepted(String text, int line, int column, String message) {
        Diagnostic d = problem(text.replace("\\n", "\n"), "gate.yaml");
        assertThat(d.code()).isEqualTo("gate/bad-policy");
        assertThat(d.file()).isEqualTo("gate.yaml");
        assertThat(d.line()).isEqualTo(line);
        assertThat(d.column()).isEqualTo(column);
        assertThat(d.message()).contains(message);
    }

    @Test
    void everyMistakeIsReported() {
        assertThatThrownBy(() -> GatePolicy.parse("require: x\nno_stale: 3\n", "gate.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
    }
}
