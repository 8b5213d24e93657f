package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what in the domain, whatever the server checked first: every write × the author who owns the model (ann),
 * another author (bob), a reviewer (rita), a viewer (vic) and an admin (ada), each on a fresh version of ann's model
 * in the state the write needs. "ok" or the refusal's code.
 */
class AuthorizationMatrixTest {
    private static final List<String> ACTORS = List.of("owner", "other-author", "reviewer", "viewer", "admin");
    private static final String FORBIDDEN = "auth/forbidden";
    private static final String NOT_OWNER = "auth/not-owner";

    /** write: owner, other author, reviewer, viewer, admin. */
    private static final String MATRIX = """
            create-model     ok         ok         %1$s  %1$s  ok
            create-version   ok         %2$s       %1$s  %1$s  ok
            upload           ok         %2$s       %1$s  %1$s  ok
            edit             ok         %2$s       %1$s  %1$s  ok
            submit           ok         %2$s       %1$s  %1$s  ok
            approve          %1$s       %1$s       ok    %1$s  ok
            request-changes  %1$s       %1$s       ok    %1$s  ok
            publish          ok         %2$s       %1$s  %1$s  ok
            deprecate        ok         %2$s       %1$s  %1$s  ok
            archive          ok         %2$s       %1$s  %1$s  ok
            comment          ok         %2$s       ok    %1$s  ok
            resolve-comment  ok         %2$s       ok    %1$s  ok
            checkpoint       %1$s       %1$s       %1$s  %1$s  ok
            """.formatted(FORBIDDEN, NOT_OWNER);

    @TempDir
    Path home;

    @StorageTest
    void everyWriteIsAllowedExactlyToTheRolesAndOwnersTheTableSays(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            Map<String, User> users = new LinkedHashMap<>();
            users.put("owner", s.ann);
            users.put("other-author", s.bob);
            users.put("reviewer", s.rita);
            users.put("viewer", s.vic);
            users.put("admin", s.ada);
            s.registry.createModel(s.ann, "m");
            List<String> wrong = new ArrayList<>();
            int[] n = {0};
            MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
                String[] cols = line.split("\\s+");
                for (int i = 0; i < ACTORS.size(); i++) {
                    String actual = attempt(s, cols[0], users.get(ACTORS.get(i)), "1.0." + n[0]++);
                    if (!actual.equals(cols[i + 1])) {
                        wrong.add(cols[0] + " by " + ACTORS.get(i) + ": expected " + cols[i + 1] + ", got " + actual);
                    }
                }
            });
            assertThat(wrong).isEmpty();
            assertThat(n[0]).isEqualTo(13 * ACTORS.size());
            assertThat(s.registry.verifyAudit().ok()).isTrue();
        }
    }

    @StorageTest
    void aDisabledUserCanDoNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.registry.users().disable("ann");
            User ann = s.registry.users().find("ann").orElseThrow();
            Refused.by(() -> s.registry.createModel(ann, "m"), RegistryException.Kind.FORBIDDEN, "auth/disabled-user");
        }
    }

    /** Brings a fresh version of ann's model "m" to the state {@code write} needs, then tries it as {@code actor}. */
    private static String attempt(Setup s, String write, User actor, String version) {
        try {
            switch (write) {
                case "create-model" -> s.registry.createModel(actor, "model-" + version.replace('.', '-'));
                case "create-version" -> s.registry.createVersion(actor, "m", version);
                case "upload" -> {
                    ContentHash h = s.draft("m", version);
                    s.registry.upload(actor, "m", version, Setup.card("by " + actor.name()), h);
                }
                case "edit" -> {
                    ContentHash h = s.draft("m", version);
                    s.registry.edit(actor, "m", version, List.of(FieldEdit.set("/details/summary", Json.text("x"))), h);
                }
                case "submit" -> s.registry.submit(actor, "m", version, s.draft("m", version));
                case "approve" -> s.registry.review(actor, "m", version, Decision.APPROVE, null, null, s.inReview("m", version));
                case "request-changes" -> s.registry.review(actor, "m", version, Decision.REQUEST_CHANGES, "Fix it.", null,
                        s.inReview("m", version));
                case "publish" -> s.registry.publish(actor, "m", version, s.approved("m", version));
                case "deprecate" -> s.registry.deprecate(actor, "m", version, s.published("m", version));
                case "archive" -> s.registry.archive(actor, "m", version, s.draft("m", version));
                case "comment" -> {
                    s.inReview("m", version);
                    s.registry.comment(actor, "m", version, NewComment.of("A question."));
                }
                case "resolve-comment" -> {
                    s.inReview("m", version);
                    long id = s.registry.comment(s.rita, "m", version, NewComment.of("A question.")).id();
                    s.registry.resolveComment(actor, "m", version, id);
                }
                case "checkpoint" -> s.registry.checkpoint(actor);
                default -> throw new IllegalArgumentException("no write " + write);
            }
            return "ok";
        } catch (RegistryException e) {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(RegistryException.Kind.FORBIDDEN);
            return e.code();
        }
    }
}
