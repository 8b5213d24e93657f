package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The fence's promise: a store runs only when no thread is inside, and a thread inside never waits for a store. */
class TransactionFenceTest {
    @Test
    void aStoreWaitsUntilEveryThreadInsideHasLeft() throws InterruptedException {
        TransactionFence fence = new TransactionFence();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        Latches.start(() -> {
            fence.enter();
            inside.countDown();
            Latches.await(leave);
            fence.leave();
        });
        Latches.await(inside);
        AtomicBoolean stored = new AtomicBoolean();
        Thread store = Latches.start(() -> fence.whileQuiet(() -> {
            stored.set(true);
            return null;
        }));
        waitForQueue(fence, 1);
        assertThat(stored).isFalse();
        leave.countDown();
        store.join(10_000);
        assertThat(stored).isTrue();
    }

    @Test
    void aThreadInsideEntersAgainPastAQueuedStore() throws InterruptedException {
        TransactionFence fence = new TransactionFence();
        Thread store = storeQueuedBehindThisThread(fence);
        fence.enter(); // a second handle opened inside the first: waiting here would wait for ourselves
        assertThat(fence.inside()).isTrue();
        fence.leave();
        assertThat(fence.inside()).isTrue();
        fence.leave();
        assertThat(fence.inside()).isFalse();
        store.join(10_000);
        assertThat(store.isAlive()).isFalse();
    }

    @Test
    void aNewThreadWaitsWhileAStoreIsQueued() throws InterruptedException {
        TransactionFence fence = new TransactionFence();
        Thread store = storeQueuedBehindThisThread(fence);
        Thread late = Latches.start(() -> {
            fence.enter();
            fence.leave();
        });
        waitForQueue(fence, 2);
        fence.leave();
        store.join(10_000);
        late.join(10_000);
        assertThat(store.isAlive() || late.isAlive()).isFalse();
    }

    @Test
    void aStoreStartedFromInsideIsRefusedInsteadOfWaitingForItself() {
        TransactionFence fence = new TransactionFence();
        fence.enter();
        try {
            assertThatThrownBy(() -> fence.whileQuiet(() -> null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("wait for itself");
        } finally {
            fence.leave();
        }
    }

    /** Enters the fence on this thread, then starts a store on another and returns once it is queued. */
    private static Thread storeQueuedBehindThisThread(TransactionFence fence) throws InterruptedException {
        fence.enter();
        Thread store = Latches.start(() -> fence.whileQuiet(() -> null));
        waitForQueue(fence, 1);
        return store;
    }

    private static void waitForQueue(TransactionFence fence, int length) throws InterruptedException {
        for (int i = 0; i < 2_000 && fence.queued() < length; i++) {
            Thread.sleep(5);
        }
        assertThat(fence.queued()).isEqualTo(length);
    }
}
