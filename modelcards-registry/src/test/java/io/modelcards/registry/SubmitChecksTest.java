package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.ApprovalPolicy;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The read methods the web UI's review panel and audit page use: the submit's checks before a submit, the chain head. */
class SubmitChecksTest {
    @TempDir
    Path home;

    @StorageTest
    void theChecksShownBeforeASubmitAreTheErrorsTheSubmitRefusesWith(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ann, "empty");
            s.registry.createVersion(s.ann, "empty", "1.0.0");
            ContentHash hash = s.registry.upload(s.ann, "empty", "1.0.0", Fixtures.card("minimal-empty"), null).revision().hash();
            List<Diagnostic> before = s.registry.submitChecks("empty", "1.0.0");
            RegistryException e = catchThrowableOfType(() -> s.registry.submit(s.ann, "empty", "1.0.0", hash),
                    RegistryException.class);
            assertThat(before.stream().filter(d -> d.severity() == Severity.ERROR).toList()).isNotEmpty()
                    .containsExactlyElementsOf(e.problems());
        }
    }

    @StorageTest
    void anOrganisationsRuleInThePolicyFileRefusesTheSubmit(TestDatabase db) throws InvalidInputException {
        ApprovalPolicy policy = ApprovalPolicy.parse("approvals: 1\nrules:\n  - id: acme/licence\n    message: we ship under MIT\n"
                + "    allowed_licenses: [mit]\n", "policy.yaml");
        try (Setup s = Setup.open(db, home, c -> c.withPolicy(policy))) {
            RegistryException e = refusedSubmitOfTheSentimentCard(s);
            assertThat(e.problems()).extracting(Diagnostic::code, Diagnostic::pointer, Diagnostic::message)
                    .contains(tuple("acme/licence", "/metadata/license",
                            "we ship under MIT: its licence is apache-2.0, and the allowed ones are mit"));
        }
    }

    @StorageTest
    void anAnnexIvPolicyRefusesASubmitForTheTextsTheCardLacksButNotForWhatTheRegistryHolds(TestDatabase db)
            throws InvalidInputException {
        ApprovalPolicy policy = ApprovalPolicy.parse("packs: [annex-iv]\n", "policy.yaml");
        try (Setup s = Setup.open(db, home, c -> c.withPolicy(policy))) {
            RegistryException e = refusedSubmitOfTheSentimentCard(s);
            assertThat(e.problems()).extracting(Diagnostic::code).contains("annex-iv/2h", "annex-iv/9")
                    .allMatch(c -> c.startsWith("annex-iv/") || c.startsWith("schema/"));
            // Outside a registry this card documents 2(g) and 6 in part at most; the registry's records cover them.
            assertThat(s.registry.submitChecks("sentiment", "1.0.0")).extracting(Diagnostic::code)
                    .doesNotContain("annex-iv/2g", "annex-iv/6");
        }
    }

    /** The refusal of a submit of the sentiment card, uploaded as version 1.0.0 of a new model {@code sentiment}. */
    private static RegistryException refusedSubmitOfTheSentimentCard(Setup s) throws InvalidInputException {
        s.registry.createModel(s.ann, "sentiment");
        s.registry.createVersion(s.ann, "sentiment", "1.0.0");
        ContentHash hash = s.registry.upload(s.ann, "sentiment", "1.0.0", Fixtures.card("classifier-sentiment"), null)
                .revision().hash();
        return catchThrowableOfType(() -> s.registry.submit(s.ann, "sentiment", "1.0.0", hash), RegistryException.class);
    }

    @StorageTest
    void aVersionWithoutACardHasNoChecks(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ann, "bare");
            s.registry.createVersion(s.ann, "bare", "1.0.0");
            assertThat(s.registry.submitChecks("bare", "1.0.0")).isEmpty();
        }
    }

    @StorageTest
    void theAuditHeadIsTheLastEntry(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.createModel(s.ann, "m");
            long seq = s.registry.auditHead().seq();
            try (Stream<AuditEntry> last = s.registry.audit(seq, seq)) {
                AuditEntry entry = last.findFirst().orElseThrow();
                assertThat(entry.hash()).isEqualTo(s.registry.auditHead().hash());
                assertThat(entry.event().action().wire()).isEqualTo("model.created");
            }
        }
    }
}
