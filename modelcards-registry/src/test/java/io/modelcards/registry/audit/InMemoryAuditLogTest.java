package io.modelcards.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest {

    private static InMemoryAuditLog filled(int n) {
        InMemoryAuditLog log = new InMemoryAuditLog();
        for (int i = 0; i < n; i++) {
            log.append(new AuditChain(Chains.at(i)), AuditEvent.draft("u", Action.COMMENT_ADDED).withDetail("i", i));
        }
        return log;
    }

    private static List<Long> seqs(Stream<AuditEntry> s) {
        try (s) {
            return s.map(AuditEntry::seq).toList();
        }
    }

    @Test
    void anEmptyLogsHeadIsGenesis() {
        assertThat(new InMemoryAuditLog().head()).isEqualTo(ChainHead.GENESIS);
    }

    @Test
    void appendingMovesTheHeadAndTheEntriesVerify() {
        InMemoryAuditLog log = filled(4);
        assertThat(log.head().seq()).isEqualTo(4);
        assertThat(ChainVerifier.verify(log, null, null)).isEqualTo(new Verification.Verified(log.head(), 4));
    }

    @Test
    void anEntryNotOnTheHeadIsAConflictAndNothingIsWritten() {
        InMemoryAuditLog log = filled(3);
        AuditEntry stale = new AuditChain(Chains.at(9)).next(new ChainHead(2, log.head().hash()),
                AuditEvent.draft("u", Action.CARD_CREATED));
        AuditEntry forked = new AuditChain(Chains.at(9)).next(ChainHead.GENESIS, AuditEvent.draft("u", Action.CARD_CREATED));
        assertThatThrownBy(() -> log.append(stale)).isInstanceOf(ChainConflictException.class).hasMessageContaining("retry");
        assertThatThrownBy(() -> log.append(forked)).isInstanceOf(ChainConflictException.class);
        assertThat(log.head().seq()).isEqualTo(3);
    }

    @Test
    void entriesAreReadByAnInclusiveSeqRange() {
        InMemoryAuditLog log = filled(6);
        assertThat(seqs(log.entries(2, 4))).containsExactly(2L, 3L, 4L);
        assertThat(seqs(log.entries(5, 99))).containsExactly(5L, 6L);
        assertThat(seqs(log.entries(0, 1))).containsExactly(1L);
        assertThat(seqs(log.entries(7, 9))).isEmpty();
        assertThat(seqs(log.entries(4, 2))).isEmpty();
    }
}
