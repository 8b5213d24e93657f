package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoTest {
    private static final long HOUR = 3_600_000_000_000L;

    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong head = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    private Memo<String, Optional<String>> memo(long maxAgeNanos, int maxEntries) {
        return new Memo<>(new Generation(commits::get, head::get, HOUR), maxAgeNanos, maxEntries);
    }

    private Optional<String> read(String key) {
        reads.incrementAndGet();
        return Optional.of(key + " v" + commits.get());
    }

    @Test
    void aRepeatedReadIsAnsweredFromMemoryWhileNothingIsWritten() {
        Memo<String, Optional<String>> memo = memo(HOUR, 10);
        assertThat(memo.get("a", this::read)).contains("a v0");
        assertThat(memo.get("a", this::read)).contains("a v0");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aCommittedWriteSendsTheNextReadToTheDatabase() {
        Memo<String, Optional<String>> memo = memo(HOUR, 10);
        memo.get("a", this::read);
        commits.incrementAndGet();
        assertThat(memo.get("a", this::read)).contains("a v1");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAnswerReadWhileAWriteCommittedIsNotServedAfterThatWrite() {
        Memo<String, Optional<String>> memo = memo(HOUR, 10);
        memo.get("a", k -> {
            Optional<String> before = read(k);
            commits.incrementAndGet();
            return before;
        });
        assertThat(memo.get("a", this::read)).contains("a v1");
    }

    @Test
    void anAnswerOlderThanTheMaximumAgeIsReadAgain() {
        Memo<String, Optional<String>> memo = memo(0, 10);
        memo.get("a", this::read);
        memo.get("a", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void anEmptyAnswerIsKeptLikeAnyOther() {
        Memo<String, Optional<String>> memo = memo(HOUR, 10);
        memo.get("none", k -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        assertThat(memo.get("none", this::read)).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFullMemoStartsAgainEmpty() {
        Memo<String, Optional<String>> memo = memo(HOUR, 2);
        memo.get("a", this::read);
        memo.get("b", this::read);
        memo.get("c", this::read);
        memo.get("c", this::read);
        assertThat(reads).hasValue(3);
        memo.get("a", this::read);
        assertThat(reads).hasValue(4);
    }
}
