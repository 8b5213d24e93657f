package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
            // The file as a kill -9 would leave it now: H2's own store comes up to a second later (WRITE_DELAY).
            Files.createDirectories(dir.resolve("copy"));
            Files.copy(dir.resolve("reg/registry.mv.db"), dir.resolve("copy/registry.mv.db"));
        }
        try (Database copy = Database.embedded(dir.resolve("copy"))) {
            List<String> notes = copy.jdbi().withHandle(h -> h.createQuery("SELECT note FROM checkpoints WHERE seq = 7")
                    .mapTo(String.class).list());
            assertThat(notes).containsExactly("kept");
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

    private static MVStore open(Path dir) {
        return new MVStore.Builder().fileName(dir.resolve("t.mv.db").toString()).autoCommitDisabled().open();
    }
}
