package io.modelcards.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

class CatalogRaceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneOffset.UTC);
    private static final int ROUNDS = 100;
    private static final long SEED = 11;

    @StorageTest
    void twoCreatorsOfTheSameVersionGiveOneWinnerAndOneDuplicateVersion(Database db) throws Exception {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String version = "1.0." + round;
            List<String> outcomes = race(random, actor -> () -> {
                catalog.createVersion("m", version, actor);
                return "won";
            });
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("won", "catalog/duplicate-version");
        }
        long versions = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM versions").mapTo(Long.class).one());
        assertThat(versions).isEqualTo(ROUNDS);
    }

    @StorageTest
    void twoEditorsOfTheSameRevisionGiveOneWinnerAndOneStaleRevision(Database db) throws Exception {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        catalog.createVersion("m", "1.0.0", "ann");
        ContentHash current = catalog.upload("m", "1.0.0", Cards.sentiment("round start"), "ann").hash();
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            ContentHash base = current;
            int r = round;
            List<String> outcomes = race(random, actor -> () -> {
                catalog.upload("m", "1.0.0", Cards.sentiment(actor + " edits round " + r), actor, base);
                return "won";
            });
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("won", "catalog/stale-revision");
            Revision now = catalog.card("m", "1.0.0").orElseThrow();
            assertThat(now.parent()).as("round %d", round).isEqualTo(base);
            current = now.hash();
        }
    }

    /** Runs the two actors' calls at (nearly) the same moment, each after a seeded small delay; their outcomes or codes. */
    private static List<String> race(Random random, ActorCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> racers = new ArrayList<>();
            for (String actor : List.of("ann", "bob")) {
                long delayNanos = random.nextInt(200_000);
                Callable<String> body = call.of(actor);
                racers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    LockSupport.parkNanos(delayNanos);
                    try {
                        return body.call();
                    } catch (CatalogException e) {
                        return e.code();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : racers) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One racer's call, by actor. */
    private interface ActorCall {
        Callable<String> of(String actor);
    }
}
