package io.modelcards.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String version = "1.0." + round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<String>> racers = new ArrayList<>();
                for (String actor : List.of("ann", "bob")) {
                    long delayNanos = random.nextInt(200_000);
                    racers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        LockSupport.parkNanos(delayNanos);
                        try {
                            catalog.createVersion("m", version, actor);
                            return "won";
                        } catch (CatalogException e) {
                            return e.code();
                        }
                    }));
                }
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : racers) {
                    outcomes.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("won", "catalog/duplicate-version");
            }
        } finally {
            pool.shutdownNow();
        }
        long versions = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM versions").mapTo(Long.class).one());
        assertThat(versions).isEqualTo(ROUNDS);
    }
}
