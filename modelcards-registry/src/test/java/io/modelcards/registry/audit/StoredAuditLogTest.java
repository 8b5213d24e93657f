package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

class StoredAuditLogTest {
    @StorageTest
    void anEmptyLogHasTheGenesisHead(Database db) {
        assertThat(new StoredAuditLog(db).head()).isEqualTo(ChainHead.GENESIS);
    }

    @StorageTest
    void appendedEntriesReadBackInOrderAndVerify(Database db) {
        StoredAuditLog log = new StoredAuditLog(db);
        List<AuditEntry> golden = Chains.golden();
        golden.forEach(log::append);
        assertThat(log.head()).isEqualTo(golden.get(golden.size() - 1).head());
        try (Stream<AuditEntry> all = log.entries()) {
            assertThat(all.toList()).isEqualTo(golden);
        }
        try (Stream<AuditEntry> some = log.entries(2, 3)) {
            assertThat(some.map(AuditEntry::seq).toList()).containsExactly(2L, 3L);
        }
        assertThat(ChainVerifier.verify(log, null, null).ok()).isTrue();
    }

    @StorageTest
    void anEntryThatDoesNotFollowTheHeadIsAConflictAndNothingIsWritten(Database db) {
        StoredAuditLog log = new StoredAuditLog(db);
        List<AuditEntry> golden = Chains.golden();
        log.append(golden.get(0));
        assertThatThrownBy(() -> log.append(golden.get(2))).isInstanceOf(ChainConflictException.class);
        assertThatThrownBy(() -> log.append(golden.get(0))).isInstanceOf(ChainConflictException.class);
        assertThat(log.head()).isEqualTo(golden.get(0).head());
        try (Stream<AuditEntry> all = log.entries()) {
            assertThat(all.count()).isEqualTo(1);
        }
    }

    @StorageTest
    void concurrentAppendersQueueOnTheHeadAndNeitherForkNorLoseTheChain(Database db) throws Exception {
        StoredAuditLog log = new StoredAuditLog(db);
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<Long>>> racers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "user" + t;
                racers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(log.append(new AuditChain(Chains.at(i)), AuditEvent.draft(actor, Action.COMMENT_ADDED)).seq());
                    }
                    return seqs;
                }));
            }
            Set<Long> seqs = new HashSet<>();
            for (Future<List<Long>> f : racers) {
                seqs.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(seqs).hasSize(threads * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.head().seq()).isEqualTo(threads * each);
        assertThat(ChainVerifier.verify(log, null, null)).isInstanceOf(Verification.Verified.class);
    }
}
