package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GenerationTest {
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong head = new AtomicLong(5);
    private final AtomicInteger headReads = new AtomicInteger();

    private long head() {
        headReads.incrementAndGet();
        return head.get();
    }

    @Test
    void aLocalCommitChangesTheGeneration() {
        Generation g = new Generation(commits::get, this::head, Long.MAX_VALUE / 4);
        long before = g.current();
        commits.incrementAndGet();
        assertThat(g.current()).isNotEqualTo(before);
    }

    @Test
    void aMovedAuditHeadChangesTheGenerationAtTheNextCheck() {
        Generation g = new Generation(commits::get, this::head, 0);
        long before = g.current();
        assertThat(g.current()).isEqualTo(before);
        head.incrementAndGet();
        assertThat(g.current()).isNotEqualTo(before);
    }

    @Test
    void theAuditHeadIsReadAtMostOncePerInterval() {
        Generation g = new Generation(commits::get, this::head, Long.MAX_VALUE / 4);
        for (int i = 0; i < 100; i++) {
            g.current();
        }
        assertThat(headReads).hasValue(1);
    }
}
