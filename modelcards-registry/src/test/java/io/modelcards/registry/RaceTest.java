package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers racing on one version, {@value #ROUNDS} seeded rounds of each of six races, each round on a fresh
 * version: exactly one wins, the other is refused with 409 (the state moved) or 412 (the revision moved), the winner's
 * change is there with exactly one audit entry, and the chain verifies afterwards. 504 races a database, 1,008 in all;
 * each race that either writer can win was won by each at least once (they are races, not a fixed order).
 */
class RaceTest {
    private static final int ROUNDS = 84;
    private static final long SEED = 1106;
    private static final String WON = "won";
    private static final String LOST_STATE = "409 workflow/not-allowed";
    private static final String LOST_REVISION = "412 catalog/stale-revision";

    /** Which of the two writers won each kind of race at least once: a race either can win must see both win. */
    private static final Map<String, Set<Integer>> WINNERS = new ConcurrentHashMap<>();

    @TempDir
    Path home;

    @StorageTest
    void racingWritersGiveExactlyOneWinnerAndLoseNoUpdate(TestDatabase db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Setup s = Setup.open(db, home)) {
            Random random = new Random(SEED);
            s.registry.createModel(s.ann, "m");
            int versions = 0;
            for (int round = 0; round < ROUNDS; round++) {
                twoReviewersDeciding(s, pool, random, "1." + round + "." + versions++);
                aReviewerAndAnEditor(s, pool, random, "1." + round + "." + versions++);
                anEditorAndAnArchiver(s, pool, random, "1." + round + "." + versions++);
                twoEditorsWithTheSameIfMatch(s, pool, random, "1." + round + "." + versions++);
                anEditorAndASubmitter(s, pool, random, "1." + round + "." + versions++);
                twoPublishes(s, pool, random, "1." + round + "." + versions++);
            }
            assertThat(s.registry.verifyAudit().ok()).as("%s", s.registry.verifyAudit()).isTrue();
            assertThat(s.registry.checkpoints()).hasSize(ROUNDS);
            // Editing is refused in review, so the reviewer always wins that one; every other race went both ways.
            assertThat(WINNERS).containsEntry("aReviewerAndAnEditor", Set.of(0));
            WINNERS.remove("aReviewerAndAnEditor");
            assertThat(WINNERS).hasSize(5).allSatisfy((race, won) -> assertThat(won).as(race).containsExactly(0, 1));
            WINNERS.clear();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void twoReviewersDeciding(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.inReview("m", v);
        List<String> out = race(s, pool, random, "twoReviewersDeciding",
                () -> s.registry.review(s.rita, "m", v, Decision.APPROVE, null, null, h),
                () -> s.registry.review(s.rex, "m", v, Decision.REQUEST_CHANGES, "Not yet.", null, h));
        assertThat(out).as(v).containsExactlyInAnyOrder(WON, LOST_STATE);
        State now = s.registry.catalog().version("m", v).orElseThrow().state();
        assertThat(now).as(v).isEqualTo(out.get(0).equals(WON) ? State.APPROVED : State.CHANGES_REQUESTED);
        assertThat(s.registry.reviews("m", v)).as(v).hasSize(1);
    }

    /** Editing is not allowed in review, so the reviewer always approves the revision they read; the edit is 409. */
    private static void aReviewerAndAnEditor(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.inReview("m", v);
        List<String> out = race(s, pool, random, "aReviewerAndAnEditor",
                () -> s.registry.review(s.rita, "m", v, Decision.APPROVE, null, null, h),
                () -> s.registry.edit(s.ann, "m", v, List.of(FieldEdit.set("/details/summary", Json.text("late"))), h));
        assertThat(out).as(v).containsExactly(WON, LOST_STATE);
        VersionEntry now = s.registry.catalog().version("m", v).orElseThrow();
        assertThat(now.state()).as(v).isEqualTo(State.APPROVED);
        assertThat(now.currentRevision()).as(v).isEqualTo(h);
    }

    private static void anEditorAndAnArchiver(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.draft("m", v);
        List<String> out = race(s, pool, random, "anEditorAndAnArchiver",
                () -> s.registry.edit(s.ada, "m", v, List.of(FieldEdit.set("/details/summary", Json.text("edited"))), h),
                () -> s.registry.archive(s.ann, "m", v, h));
        VersionEntry now = s.registry.catalog().version("m", v).orElseThrow();
        if (out.get(0).equals(WON)) {
            assertThat(out.get(1)).as(v).isEqualTo(LOST_REVISION);
            assertThat(now.state()).as(v).isEqualTo(State.DRAFT);
        } else {
            assertThat(out).as(v).containsExactly(LOST_STATE, WON);
            assertThat(now.state()).as(v).isEqualTo(State.ARCHIVED);
            assertThat(now.currentRevision()).as(v).isEqualTo(h);
        }
    }

    private static void twoEditorsWithTheSameIfMatch(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.draft("m", v);
        List<String> out = race(s, pool, random, "twoEditorsWithTheSameIfMatch",
                () -> s.registry.edit(s.ann, "m", v, List.of(FieldEdit.set("/details/summary", Json.text("ann's"))), h),
                () -> s.registry.edit(s.ada, "m", v, List.of(FieldEdit.set("/details/summary", Json.text("ada's"))), h));
        assertThat(out).as(v).containsExactlyInAnyOrder(WON, LOST_REVISION);
        String summary = s.registry.catalog().card("m", v).orElseThrow().card().details().summary();
        assertThat(summary).as(v).isEqualTo(out.get(0).equals(WON) ? "ann's" : "ada's");
    }

    private static void anEditorAndASubmitter(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.draft("m", v);
        List<String> out = race(s, pool, random, "anEditorAndASubmitter",
                () -> s.registry.edit(s.ann, "m", v, List.of(FieldEdit.set("/details/summary", Json.text("edited"))), h),
                () -> s.registry.submit(s.ann, "m", v, h));
        VersionEntry now = s.registry.catalog().version("m", v).orElseThrow();
        if (out.get(0).equals(WON)) {
            assertThat(out.get(1)).as(v).isEqualTo(LOST_REVISION);
            assertThat(now.state()).as(v).isEqualTo(State.DRAFT);
            assertThat(now.currentRevision()).as(v).isNotEqualTo(h);
        } else {
            assertThat(out).as(v).containsExactly(LOST_STATE, WON);
            assertThat(now.state()).as(v).isEqualTo(State.IN_REVIEW);
            assertThat(now.currentRevision()).as(v).isEqualTo(h);
        }
    }

    private static void twoPublishes(Setup s, ExecutorService pool, Random random, String v) throws Exception {
        ContentHash h = s.approved("m", v);
        List<String> out = race(s, pool, random, "twoPublishes", () -> s.registry.publish(s.ann, "m", v, h),
                () -> s.registry.publish(s.ada, "m", v, h));
        assertThat(out).as(v).containsExactlyInAnyOrder(WON, LOST_STATE);
        assertThat(s.registry.catalog().version("m", v).orElseThrow().state()).as(v).isEqualTo(State.PUBLISHED);
    }

    /**
     * Runs both writes at (nearly) the same moment, each after a seeded delay of up to 0.2 ms; their outcomes in order.
     * Also checks that exactly one audit entry was added: the winner's, none of the loser's.
     */
    private static List<String> race(Setup s, ExecutorService pool, Random random, String name, Callable<?> first,
            Callable<?> second) throws Exception {
        long before = auditSize(s);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> racers = new ArrayList<>();
        for (Callable<?> write : List.of(first, second)) {
            long delay = random.nextInt(200_000);
            racers.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                LockSupport.parkNanos(delay);
                try {
                    write.call();
                    return WON;
                } catch (RegistryException e) {
                    return (e.kind() == Kind.CONFLICT ? "409 " : e.kind() == Kind.PRECONDITION_FAILED ? "412 " : e.kind() + " ")
                            + e.code();
                }
            }));
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : racers) {
            out.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(auditSize(s)).as("audit entries added by %s", out).isEqualTo(before + 1);
        WINNERS.computeIfAbsent(name, k -> new TreeSet<>()).add(out.indexOf(WON));
        return out;
    }

    /** The number of stored audit entries, counted in SQL (reading thousands of entries per race would be slow). */
    private static long auditSize(Setup s) {
        return s.registry.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entries").mapTo(Long.class).one());
    }
}
