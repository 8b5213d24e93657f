package io.modelcards.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.validate.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalPolicyTest {

    private static List<String> problems(String text, String name) {
        InvalidInputException e = catchThrowableOfType(() -> ApprovalPolicy.parse(text, name), InvalidInputException.class);
        assertThat(e).as("expected the policy to be refused").isNotNull();
        return e.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void theDefaultIsOneApprovalNoRolesAndTwoWithAMitigationForHighRisk() {
        assertThat(ApprovalPolicy.DEFAULT).isEqualTo(new ApprovalPolicy(1, List.of(), new ApprovalPolicy.HighRisk(2, true)));
    }

    @Test
    void anEmptyFileIsTheDefaultPolicy() throws InvalidInputException {
        assertThat(ApprovalPolicy.parse("# nothing set\n", "policy.yaml")).isEqualTo(ApprovalPolicy.DEFAULT);
    }

    @Test
    void aYamlFileSetsEverySetting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, "approvals: 2\nroles: [technical, risk_owner]\nhigh_risk:\n  approvals: 3\n  mitigation_required: false\n");

        assertThat(ApprovalPolicy.read(file)).isEqualTo(
                new ApprovalPolicy(2, List.of("technical", "risk_owner"), new ApprovalPolicy.HighRisk(3, false)));
    }

    @Test
    void aJsonFileIsReadAsJsonAndUnsetHighRiskValuesKeepTheirDefaults() throws InvalidInputException {
        assertThat(ApprovalPolicy.parse("{\"approvals\": 1, \"high_risk\": {\"approvals\": 4}}", "policy.json"))
                .isEqualTo(new ApprovalPolicy(1, List.of(), new ApprovalPolicy.HighRisk(4, true)));
    }

    @Test
    void aBadNestedValueIsReportedAtItsLineAndColumn() {
        assertThat(problems("approvals: 1\nhigh_risk:\n    approvals: 0\n", "policy.yaml")).containsExactly(
                "policy.yaml:3:5: error: high_risk.approvals must be a whole number from 1 to 100, not 0:"
                        + " write the number of approvals a revision needs [policy/approvals]");
    }

    @Test
    void anUnknownSettingSuggestsTheNearestOne() {
        assertThat(problems("aprovals: 2\n", "policy.yaml")).containsExactly("policy.yaml:1:1: error: unknown setting"
                + " \"aprovals\": did you mean \"approvals\"? the settings here are approvals, roles, high_risk, packs, rules"
                + " [policy/unknown-field]");
    }

    @Test
    void everyMistakeIsReportedNotOnlyTheFirst() {
        List<String> found = problems("approvals: two\nroles: [technical, Risk Owner, technical]\nhigh_risk:\n"
                + "  mitigation_required: yes please\n", "p.yaml");

        assertThat(found).hasSize(4);
        assertThat(found.get(0)).startsWith("p.yaml:1:1: error: approvals must be a whole number");
        assertThat(found.get(1)).startsWith("p.yaml:2:20: error: review role \"Risk Owner\" is not a name");
        assertThat(found.get(2)).isEqualTo("p.yaml:2:32: error: review role \"technical\" is listed twice: list it once [policy/roles]");
        assertThat(found.get(3)).startsWith("p.yaml:4:3: error: high_risk.mitigation_required must be true or false");
    }

    @Test
    void aSyntaxErrorIsLocated() {
        List<String> found = problems("approvals: [1\n", "policy.yaml");

        assertThat(found).hasSize(1);
        assertThat(found.get(0))
                .matches("policy\\.yaml:[1-9]\\d*:[1-9]\\d*: error: cannot parse: .*: fix the syntax here \\[policy/syntax]");
    }

    @Test
    void aListInsteadOfAMappingIsRefusedWithTheExpectedShape() {
        assertThat(problems("- approvals: 2\n", "policy.yaml")).singleElement().asString()
                .contains("a policy is a mapping with the keys approvals, roles and high_risk").endsWith("[policy/shape]");
    }

    @Test
    void aMissingFileIsAnInputProblemNotAStackTrace(@TempDir Path dir) {
        InvalidInputException e = catchThrowableOfType(() -> ApprovalPolicy.read(dir.resolve("none.yaml")), InvalidInputException.class);

        assertThat(e.problems()).extracting(Diagnostic::code).containsExactly("input/not-found");
    }

    @Test
    void thePacksASubmitRunsAreRead() throws InvalidInputException {
        ApprovalPolicy p = ApprovalPolicy.parse("packs: [hf, annex-iv]\n", "policy.yaml");
        assertThat(p.packs()).containsExactlyInAnyOrder(RulePack.HF, RulePack.ANNEX_IV);
    }

    @Test
    void aPolicyWithoutPacksLeavesThemToTheRegistry() throws InvalidInputException {
        assertThat(ApprovalPolicy.parse("approvals: 2\n", "policy.yaml").packs()).isNull();
    }

    @Test
    void anUnknownPackIsReportedAtItsEntry() {
        assertThat(problems("packs: [hf, eu-act]\n", "policy.yaml")).singleElement().asString()
                .startsWith("policy.yaml:1:13: error: unknown rule pack").endsWith("[policy/packs]");
    }
}
