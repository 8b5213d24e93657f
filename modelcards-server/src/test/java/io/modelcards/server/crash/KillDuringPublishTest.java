package io.modelcards.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryConfig;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.crash.PublishBurst.Published;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a registry server ({@code kill -9}) in a child JVM during a burst of publishes, round after round on the same
 * database, and checks after every restart that nothing acknowledged was lost or changed and nothing is half-published.
 */
class KillDuringPublishTest {
    private static final int THREADS = 4;
    private static final int MAX_KILL_AFTER = 8;
    private static final long SEED = 20_261_206L;

    @Test
    void everyAcknowledgedPublishSurvivesTwentyKillsOnEmbeddedH2IntactAndTheAuditChainVerifies(@TempDir Path dir)
            throws Exception {
        crashRounds(dir, null, 20);
    }

    @Test
    void everyAcknowledgedPublishSurvivesAKillOnPostgreSqlIntactAndTheAuditChainVerifies(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            crashRounds(dir, pg.getJdbcUrl("postgres", "postgres"), 1);
        }
    }

    /** Runs {@code rounds} kill rounds on one home (and database), then a last restart, a clean stop and the checks. */
    private static void crashRounds(Path dir, String jdbcUrl, int rounds) throws Exception {
        Path home = dir.resolve("registry");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Random random = new Random(SEED);
        List<Published> acknowledged = new ArrayList<>();
        String author = null;
        String reviewer = null;
        String admin = null;
        for (int round = 1; round <= rounds + 1; round++) {
            long t0 = System.nanoTime();
            ChildServer child = ChildServer.start(home, jdbcUrl, logs, round);
            long t1 = System.nanoTime();
            Api api = new Api(child.url());
            if (round == 1) {
                admin = Files.readString(home.resolve("admin-token")).strip();
                author = Accounts.add(api, admin, "ann", "author");
                reviewer = Accounts.add(api, admin, "rex", "reviewer");
            } else {
                check(api, admin, home, acknowledged, round - 1, round > rounds);
            }
            if (round > rounds) {
                child.stop();
                break;
            }
            long t2 = System.nanoTime();
            int killAfter = 1 + random.nextInt(MAX_KILL_AFTER);
            PublishBurst burst = new PublishBurst(api, author, reviewer, prefix(round)).start(THREADS);
            boolean reached = burst.awaitAcknowledged(killAfter, 60_000);
            burst.stop();
            child.kill();
            burst.join();
            if (!burst.failures().isEmpty()) {
                // The server's own account of an unexpected answer (its error line names the exception) is in its log.
                assertThat(burst.failures()).as("round %d: failures other than the kill; the server's log:%n%s", round,
                        Files.readString(logs.resolve("round-" + round + ".err"))).isEmpty();
            }
            assertThat(reached).as("round %d: %d publishes acknowledged before the kill", round, killAfter).isTrue();
            acknowledged.addAll(burst.published());
            long t3 = System.nanoTime();
            System.out.printf("crash round %2d: killed after %d acknowledged publishes (%d acknowledged in the round);"
                    + " start %d ms, checks %d ms, burst %d ms%n", round, killAfter, burst.published().size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
        try (Registry registry = Registry.open(RegistryConfig.defaults(home).withJdbcUrl(jdbcUrl))) {
            assertThat(registry.verifyAudit().ok()).as("%s", registry.verifyAudit()).isTrue();
            for (Published p : acknowledged) {
                VersionEntry v = registry.view(p.model(), p.version()).entry();
                assertThat(v.state()).as(p.model()).isEqualTo(State.PUBLISHED);
                assertThat(v.currentRevision()).as(p.model()).hasToString(p.hash());
            }
        }
    }

    /**
     * The checks after the restart that follows round {@code round}'s kill: every acknowledged publish and the whole
     * chain each time; the served cards and the published versions of that round's models (of all models, at the end).
     */
    private static void check(Api api, String token, Path home, List<Published> acknowledged, int round, boolean last)
            throws IOException {
        AfterCrash after = new AfterCrash(api, token);
        Predicate<String> recent = last ? model -> true : model -> model.startsWith(prefix(round) + "-");
        int found = after.checkAcknowledged(acknowledged, recent);
        long chain = after.checkChainAndPublishes(publicKey(home), recent);
        System.out.printf("crash round %2d: after restart %d of %d acknowledged publishes found intact; audit chain %d entries%n",
                round, found, acknowledged.size(), chain);
        assertThat(after.problems()).as("after the restart that follows round %d", round).isEmpty();
        assertThat(found).isEqualTo(acknowledged.size());
    }

    private static String prefix(int round) {
        return "crash-r" + round;
    }

    private static PublicKey publicKey(Path home) throws IOException {
        Path key = RegistryConfig.defaults(home).keyFile();
        return AuditKeys.readPublic(key.resolveSibling(key.getFileName() + ".pub"));
    }
}
