package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry client commands against a real server over HTTP on 127.0.0.1: each test on its own model. */
class RegistryCommandsTest {
    @TempDir
    static Path dir;

    static RegistryServerFixture registry;
    static Path ada;
    static Path rui;
    static Path mei;
    static Path viewer;

    @BeforeAll
    static void start() {
        registry = new RegistryServerFixture(dir);
        ada = registry.user("ada", "author");
        rui = registry.user("rui", "reviewer");
        mei = registry.user("mei", "reviewer");
        viewer = registry.user("vic", "viewer");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static Cli.Run ok(Path token, String... args) {
        Cli.Run r = registry.as(token, args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    @Test
    void pushCreatesTheModelAndTheVersionAndPrintsTheRevision() {
        Path card = registry.readme("push", "pushed once");
        Cli.Run r = ok(ada, "push", card.toString(), "--model", "push-model", "--version", "1.0.0");
        assertThat(r.out()).startsWith("created model push-model\ncreated version push-model 1.0.0 (draft)\npushed " + card
                + " to push-model 1.0.0: revision sha256:");
    }

    @Test
    void aCardGoesFromPushThroughReviewToPublishedAndShowsAsMarkdown() {
        Path card = registry.readme("flow", "first draft");
        ok(ada, "push", card.toString(), "--model", "flow-model", "--version", "1.0.0");
        assertThat(ok(ada, "submit", "flow-model", "1.0.0").out()).isEqualTo("submitted flow-model 1.0.0: draft → in_review\n");
        assertThat(ok(rui, "request-changes", "flow-model", "1.0.0", "--comment", "say what it must not be used for").out())
                .isEqualTo("requested changes to flow-model 1.0.0: in_review → changes_requested\n"
                        + "  rui requested changes: say what it must not be used for\n  needs 1 approval, has none\n");
        Path fixed = registry.readme("flow", "second draft");
        ok(ada, "push", fixed.toString(), "--model", "flow-model", "--version", "1.0.0");
        ok(ada, "submit", "flow-model", "1.0.0");
        assertThat(ok(mei, "approve", "flow-model", "1.0.0", "--comment", "clear").out())
                .isEqualTo("approved flow-model 1.0.0: in_review → approved\n");
        assertThat(ok(ada, "publish", "flow-model", "1.0.0").out()).isEqualTo("published flow-model 1.0.0: approved → published\n");
        assertThat(ok(viewer, "show", "flow-model", "latest-published").out()).startsWith("---\n").contains("second draft");
    }

    @Test
    void anAuthorCannotApproveAndTheRefusalIsExitThreeWithTheRegistrysReason() {
        Path card = registry.readme("own", "own approval");
        ok(ada, "push", card.toString(), "--model", "own-model", "--version", "1.0.0");
        ok(ada, "submit", "own-model", "1.0.0");
        Cli.Run r = registry.as(ada, "approve", "own-model", "1.0.0");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("models/own-model/versions/1.0.0/approve:0:0: error: ").endsWith("]\n");
        assertThat(r.leaksNoStackTrace()).isTrue();
    }

    @Test
    void aTransitionTheStateDoesNotAllowNamesWhatIsAllowed() {
        Path card = registry.readme("early", "too early");
        ok(ada, "push", card.toString(), "--model", "early-model", "--version", "1.0.0");
        Cli.Run r = registry.as(ada, "publish", "early-model", "1.0.0");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("cannot publish a version in state draft").contains("[workflow/not-allowed]");
    }

    @Test
    void aBadCardIsRefusedBeforeAnythingIsSentWithItsLocatedProblem() throws Exception {
        Path bad = dir.resolve("bad").resolve("README.md");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "---\nlicense: [unclosed\n---\n# x\n");
        Cli.Run r = registry.as(ada, "push", bad.toString(), "--model", "bad-model", "--version", "1.0.0");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(bad + ":2:");
        assertThat(registry.as(viewer, "show", "bad-model", "1.0.0").exitCode()).isEqualTo(3);
    }

    @Test
    void commentOnAFieldIsListedWithItsPointer() {
        Path card = registry.readme("comment", "commented");
        ok(ada, "push", card.toString(), "--model", "comment-model", "--version", "1.0.0");
        Cli.Run r = ok(rui, "comment", "comment-model", "1.0.0", "--field", "/uses/direct_use", "--text", "who uses it?");
        assertThat(r.out()).matches("comment \\d+ on comment-model 1\\.0\\.0 at /uses/direct_use\n");
    }

    @Test
    void exportWritesAHuggingFaceFolder() {
        Path card = registry.readme("export", "exported");
        ok(ada, "push", card.toString(), "--model", "export-model", "--version", "1.0.0");
        Path out = dir.resolve("exported-folder");
        Cli.Run r = ok(viewer, "export", "export-model", "1.0.0", "-o", out.toString());
        assertThat(r.out()).startsWith("wrote " + out.resolve("README.md"));
        assertThat(out.resolve("README.md")).content().startsWith("---\n").contains("exported");
    }

    @Test
    void diffComparesTwoVersionsInTheRegistry() {
        ok(ada, "push", registry.readme("diff1", "the first").toString(), "--model", "diff-model", "--version", "1.0.0");
        ok(ada, "push", registry.readme("diff2", "the second").toString(), "--model", "diff-model", "--version", "2.0.0");
        Cli.Run r = ok(viewer, "diff", "diff-model", "1.0.0", "2.0.0");
        assertThat(r.out()).contains("Summary: metrics 2 unchanged; 1 human text changed");
    }

    @Test
    void auditVerifyOverTheApiPasses() {
        ok(ada, "push", registry.readme("audit", "audited").toString(), "--model", "audit-model", "--version", "1.0.0");
        Cli.Run r = ok(viewer, "audit", "verify");
        assertThat(r.out()).startsWith("audit chain verified: ");
    }

    @Test
    void theGatePassesAPublishedVersionAndRefusesADraftWithItsReasons() {
        Path card = registry.readme("gate", "gated");
        ok(ada, "push", card.toString(), "--model", "gate-model", "--version", "1.0.0");
        Cli.Run refused = registry.as(viewer, "gate", "gate-model", "1.0.0");
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).startsWith("gate-model 1.0.0: ").contains("draft").contains("published");
        ok(ada, "submit", "gate-model", "1.0.0");
        ok(mei, "approve", "gate-model", "1.0.0");
        ok(ada, "publish", "gate-model", "1.0.0");
        assertThat(ok(viewer, "gate", "gate-model", "1.0.0").out()).startsWith("gate passed: gate-model 1.0.0");
    }

    @Test
    void searchFindsAVersionByAWordOfItsPeoplesTextAndByState() {
        Path card = registry.readme("search", "a zebra-striped classifier");
        ok(ada, "push", card.toString(), "--model", "search-model", "--version", "1.0.0");
        assertThat(ok(viewer, "search", "zebra").out()).isEqualTo("search-model 1.0.0  draft  accuracy=0.8853  risk low\n");
        Cli.Run none = ok(viewer, "search", "zebra", "status:published");
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).isEqualTo("no card matches\n");
    }

    @Test
    void aBadSearchTermIsRefusedNamingIt() {
        Cli.Run r = registry.as(viewer, "search", "colour:red");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("colour").contains("[search/bad-term]");
    }

    @Test
    void aViewerCannotPushAndIsToldSo() {
        Cli.Run r = registry.as(viewer, "push", registry.readme("viewer", "viewer's").toString(), "--model", "viewer-model",
                "--version", "1.0.0");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("error:").doesNotContain("mc_");
    }
}
