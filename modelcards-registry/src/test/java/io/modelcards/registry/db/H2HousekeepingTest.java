package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The housekeeping of an embedded H2 file, on an MVStore that stores every commit at once as the registry's does
 * (no background thread of H2's own), with short periods so that each test takes about a second.
 */
class H2HousekeepingTest {
    private static final Duration EVERY = Duration.ofMillis(50);
    private static final Duration RETENTION = Duration.ofMillis(200);
    private static final String CHURN = "x".repeat(10_000);

    @Test
    void aDeadChunksSpaceIsReusedOnceTheRetentionHasPassed(@TempDir Path dir) throws InterruptedException {
        try (MVStore store = open(dir); H2Housekeeping kept = new H2Housekeeping(store, EVERY, RETENTION)) {
            assertThat(growthOverTwoBursts(store)).isLessThan(1.25);
        }
    }

    @Test
    void withoutItTheFileGrowsWithEveryBurst(@TempDir Path dir) throws InterruptedException {
        try (MVStore store = open(dir)) {
            assertThat(growthOverTwoBursts(store)).isGreaterThan(1.5);
        }
    }

    @Test
    void mostlyDeadChunksHaveTheirLivePagesMovedTogether(@TempDir Path dir) throws InterruptedException {
        try (MVStore store = open(dir); H2Housekeeping kept = new H2Housekeeping(store, EVERY, RETENTION)) {
            MVMap<Integer, String> lasting = store.openMap("lasting");
            MVMap<Integer, String> churn = store.openMap("churn");
            for (int i = 0; i < 300; i++) {
                lasting.put(i, "y".repeat(4_000) + i);
                churn.put(i % 4, CHURN + i);
                store.commit();
            }
            int before = store.getFileStore().getChunksFillRate();
            long rounds = kept.rounds();
            // The pages a round moves are written by the next commit: writes go on, as in a registry under load.
            for (int wait = 0; wait < 100 && (kept.rounds() < rounds + 10 || store.getFileStore().getChunksFillRate() < 40); wait++) {
                Thread.sleep(EVERY.toMillis());
                churn.put(0, CHURN + wait);
                store.commit();
            }
            assertThat(before).isLessThan(20);
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThanOrEqualTo(40);
            assertThat(lasting.get(299)).endsWith("299");
        }
    }

    @Test
    void anEmbeddedRegistryDatabaseHasHousekeepingAndAnInMemoryOneHasNone(@TempDir Path dir) {
        try (Database file = Database.embedded(dir.resolve("reg"));
                Database memory = Database.open("jdbc:h2:mem:housekeeping" + Database.H2_SETTINGS)) {
            assertThat(file.housekeeping()).isNotNull();
            assertThat(memory.housekeeping()).isNull();
        }
    }

    @Test
    void aCommittedWriteIsInTheFileOnceItsHandleHasClosed(@TempDir Path dir) throws IOException {
        try (Database db = Database.embedded(dir.resolve("reg"))) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO checkpoints (seq, note, at) VALUES (7, 'kept', CURRENT_TIMESTAMP)"));
            // The file as a kill -9 would leave it now: H2 stores nothing by itself, the handle's close stored it.
            Files.createDirectories(dir.resolve("copy"));
            Files.copy(dir.resolve("reg/registry.mv.db"), dir.resolve("copy/registry.mv.db"));
        }
        try (Database copy = Database.embedded(dir.resolve("copy"))) {
            List<String> notes = copy.jdbi().withHandle(h -> h.createQuery("SELECT note FROM checkpoints WHERE seq = 7")
                    .mapTo(String.class).list());
            assertThat(notes).containsExactly("kept");
        }
    }

    @Test
    void aStoreWaitsForTheTransactionInFlightSoTheFileNeverHoldsPartOfOne(@TempDir Path dir) throws Exception {
        try (Database db = Database.embedded(dir.resolve("reg"))) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Thread inFlight = new Thread(() -> db.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO checkpoints (seq, note, at) VALUES (1, 'in flight', CURRENT_TIMESTAMP)");
                written.countDown();
                Latches.await(commit);
            }));
            inFlight.start();
            Latches.await(written);
            Thread writer = new Thread(() -> db.jdbi().useHandle(h ->
                    h.execute("INSERT INTO checkpoints (seq, note, at) VALUES (2, 'committed', CURRENT_TIMESTAMP)")));
            writer.start();
            TransactionFence fence = db.housekeeping().fence();
            for (int wait = 0; wait < 1_000 && fence.queued() < 1; wait++) {
                Thread.sleep(5);
            }
            assertThat(fence.queued()).as("the committed writer's store waits for the transaction in flight").isEqualTo(1);
            // Longer than H2's own write delay: a background store of H2's would have written both maps by now.
            Thread.sleep(1_500);
            copy(dir.resolve("reg"), dir.resolve("during"));
            commit.countDown();
            inFlight.join(10_000);
            writer.join(10_000);
            copy(dir.resolve("reg"), dir.resolve("after"));
        }
        assertThat(notes(dir.resolve("during"))).isEmpty();
        assertThat(notes(dir.resolve("after"))).containsExactlyInAnyOrder("in flight", "committed");
    }

    @Test
    void writersQueuedBehindAStoreAreAllWrittenByOneStore(@TempDir Path dir) throws InterruptedException {
        try (MVStore store = open(dir); H2Housekeeping kept = new H2Housekeeping(store, Duration.ofHours(1), RETENTION)) {
            MVMap<Integer, String> map = store.openMap("data");
            ReentrantLock lock = kept.storingLock();
            List<Thread> writers = new ArrayList<>();
            lock.lock();
            long version;
            try {
                for (int i = 0; i < 4; i++) {
                    int key = i;
                    Thread t = new Thread(() -> {
                        map.put(key, "w" + key);
                        kept.persist();
                    });
                    t.start();
                    writers.add(t);
                }
                for (int wait = 0; wait < 500 && lock.getQueueLength() < 4; wait++) {
                    Thread.sleep(10);
                }
                assertThat(lock.getQueueLength()).isEqualTo(4);
                version = store.getCurrentVersion();
            } finally {
                lock.unlock();
            }
            for (Thread t : writers) {
                t.join();
            }
            assertThat(store.getCurrentVersion()).isEqualTo(version + 1);
            assertThat(store.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void aWriterAfterAnEarlierStoreIsWrittenByAStoreOfItsOwn(@TempDir Path dir) {
        try (MVStore store = open(dir); H2Housekeeping kept = new H2Housekeeping(store, Duration.ofHours(1), RETENTION)) {
            MVMap<Integer, String> map = store.openMap("data");
            map.put(1, "first");
            kept.persist();
            long version = store.getCurrentVersion();
            map.put(2, "second");
            kept.persist();
            assertThat(store.getCurrentVersion()).isEqualTo(version + 1);
            assertThat(store.hasUnsavedChanges()).isFalse();
        }
    }

    /** The file's size after a second burst, a while after the first, as a multiple of its size after the first. */
    private static double growthOverTwoBursts(MVStore store) throws InterruptedException {
        long first = burst(store);
        Thread.sleep(RETENTION.toMillis() * 3);
        burst(store);
        return (double) store.getFileStore().size() / first;
    }

    /** 400 commits, each replacing one of ten 10 KB values: almost every chunk is dead soon after it is written. */
    private static long burst(MVStore store) {
        MVMap<Integer, String> map = store.openMap("data");
        for (int i = 0; i < 400; i++) {
            map.put(i % 10, CHURN + i);
            store.commit();
        }
        return store.getFileStore().size();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(from.resolve("registry.mv.db"), to.resolve("registry.mv.db"));
    }

    private static List<String> notes(Path dir) {
        try (Database copy = Database.embedded(dir)) {
            return copy.jdbi().withHandle(h -> h.createQuery("SELECT note FROM checkpoints").mapTo(String.class).list());
        }
    }

    private static MVStore open(Path dir) {
        return new MVStore.Builder().fileName(dir.resolve("t.mv.db").toString()).autoCommitDisabled().open();
    }
}
