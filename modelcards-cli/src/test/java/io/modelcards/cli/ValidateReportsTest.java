package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}'s report formats, suppressions and folder search, run as a user runs the command. */
class ValidateReportsTest {
    private static final String BAD = "---\nlicense: apache2\n---\n\n# m\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path card(String relative, String text) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theTextReportIsUnchangedWhenNothingIsSuppressed() throws IOException {
        Path bad = card("bad/README.md", BAD);
        Cli.Run r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEqualTo(bad + ": 1 error\n");
        assertThat(r.err()).startsWith(bad + ":2:10: error: ").endsWith("[schema/license]\n");
    }

    @Test
    void aRuleSuppressedOnTheCommandLineNoLongerFailsTheCard() throws IOException {
        Path bad = card("bad/README.md", BAD);
        Cli.Run r = Cli.run("validate", "--suppress", "schema/license", bad.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(bad + ": ok, 1 suppressed\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aPackPatternSuppressesEveryRuleOfThePack() throws IOException {
        Path bad = card("bad/README.md", BAD);
        Cli.Run r = Cli.run("validate", "--suppress", "schema/*", bad.toString());
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aCardSuppressesARuleInItsOwnFrontMatter() throws IOException {
        Path bad = card("bad/README.md", "---\nlicense: apache2\nmodelcards:\n  suppress:\n    - rule: schema/license\n"
                + "      reason: internal licence\n---\n\n# m\n");
        Cli.Run r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(bad + ": ok, 1 suppressed\n");
    }

    @Test
    void aCardsSuppressionAppliesToThatCardOnly() throws IOException {
        Path quiet = card("a/README.md", "---\nlicense: apache2\nmodelcards:\n  suppress: [schema/license]\n---\n\n# m\n");
        Path loud = card("b/README.md", BAD);
        Cli.Run r = Cli.run("validate", quiet.toString(), loud.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEqualTo(quiet + ": ok, 1 suppressed\n" + loud + ": 1 error\n");
    }

    @Test
    void aSuppressionOfTheWrongShapeInACardIsAnErrorAtItsLine() throws IOException {
        Path bad = card("x/README.md", "---\nlicense: mit\nmodelcards:\n  suppress:\n    - 'not a rule'\n---\n\n# m\n");
        Cli.Run r = Cli.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(bad + ":5:7: error: 'not a rule' is not a rule id").endsWith("[validate/suppress-shape]\n");
    }

    @Test
    void aMalformedRuleIdOnTheCommandLineIsAUsageError() throws IOException {
        Path ok = card("x/README.md", BAD);
        Cli.Run r = Cli.run("validate", "--suppress", "hf license", ok.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("--suppress:0:0: error: 'hf license' is not a rule id").endsWith("[usage/suppress]\n");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheChoices() throws IOException {
        Path ok = card("x/README.md", BAD);
        Cli.Run r = Cli.run("validate", "--format", "xml", ok.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(
                "--format:0:0: error: unknown --format 'xml': expected one of text, json, sarif, github [usage/format]\n");
    }

    @Test
    void aFolderIsSearchedForReadmesAndCardFilesButNotOtherJson() throws IOException {
        Path a = card("models/a/README.md", BAD);
        Path b = card("models/b/deep/modelcard.yaml", "schema_version: '1.3'\n");
        card("models/b/tokenizer.json", "{\"not\": \"a card\"}");
        card("models/.git/README.md", BAD);
        Cli.Run r = Cli.run("validate", tmp.resolve("models").toString());
        assertThat(r.out()).isEqualTo(a + ": 1 error\n" + b + ": ok\n");
    }

    @Test
    void aFolderWithoutCardsIsAnError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        card("empty/config.json", "{}");
        Cli.Run r = Cli.run("validate", empty.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(empty + ":0:0: error: this folder holds no README.md and no card file"
                + " (modelcard.json, card.yaml, NAME.modelcard.json ...) [validate/no-cards]\n");
    }

    @Test
    void theJsonReportCountsWhatIsLeftAfterSuppression() throws IOException {
        Path bad = card("bad/README.md", BAD);
        Path quiet = card("quiet/README.md", "---\nlicense: apache2\nmodelcards:\n  suppress: [schema/license]\n---\n\n# m\n");
        Cli.Run r = Cli.run("validate", "--format", "json", bad.toString(), quiet.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEmpty();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("ok").asBoolean()).isFalse();
        assertThat(doc.get("errors").asInt()).isEqualTo(1);
        assertThat(doc.get("suppressed").asInt()).isEqualTo(1);
        JsonNode first = doc.get("files").get(0).get("problems").get(0);
        assertThat(first.get("code").asText()).isEqualTo("schema/license");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("pointer").asText()).isEqualTo("/metadata/license");
        assertThat(doc.get("files").get(1).get("suppressed").get(0).get("suppressed_by").asText()).isEqualTo("card");
    }

    @Test
    void theGithubReportWritesOneAnnotationPerProblemThenTheSummary() throws IOException {
        Path bad = card("bad/README.md", BAD);
        Cli.Run r = Cli.run("validate", "--format", "github", bad.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("::error file=" + bad + ",line=2,col=10,title=schema/license::");
        assertThat(lines[1]).isEqualTo(bad + ": 1 error");
    }

    @Test
    void aPolicyFilesRulesRunBesideThePacksWithTheirOwnIds() throws IOException {
        Path good = card("ok/README.md", "---\nlicense: apache-2.0\ntags: [experimental]\n---\n\n# m\n");
        Path policy = card("policy.yaml", "rules:\n  - id: acme/licence\n    message: we ship under MIT\n    allowed_licenses: [mit]\n"
                + "  - id: acme/tags\n    message: experiments do not ship\n    severity: warning\n    forbidden_tags: [experimental]\n");
        Cli.Run r = Cli.run("validate", "--rules", policy.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(good + ":2:10: error: we ship under MIT: its licence is apache-2.0, and the allowed ones are mit"
                + " [acme/licence]\n" + good + ":3:8: warning: experiments do not ship: the card is tagged experimental [acme/tags]\n");
        assertThat(r.out()).isEqualTo(good + ": 1 error, 1 warning\n");
    }

    @Test
    void aPolicyFilesMistakesAreLocatedAndNothingIsChecked() throws IOException {
        Path good = card("ok/README.md", "---\nlicense: mit\n---\n\n# m\n");
        Path policy = card("policy.yaml", "rules:\n  - id: acme/x\n    message: m\n    required: /uses/direct\n");
        Cli.Run r = Cli.run("validate", "--rules", policy.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(policy + ":4:5: error: /uses/direct is not a card field").endsWith("[policy/bad-rules]\n");
    }

    @Test
    void aPolicyFileThatDoesNotExistIsNamed() throws IOException {
        Path good = card("ok/README.md", "---\nlicense: mit\n---\n\n# m\n");
        Cli.Run r = Cli.run("validate", "--rules", tmp.resolve("nope.yaml").toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(tmp.resolve("nope.yaml") + ":0:0: error: ");
        assertThat(r.leaksNoStackTrace()).isTrue();
    }
}
