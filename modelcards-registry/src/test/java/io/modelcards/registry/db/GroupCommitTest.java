package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Group commit's promise: every caller returns after a store that began after its call, and stores are shared. */
class GroupCommitTest {
    @Test
    void callersThatQueueDuringAStoreShareTheNextStore() throws InterruptedException {
        AtomicInteger stores = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit group = new GroupCommit(() -> {
            if (stores.incrementAndGet() == 1) {
                firstStarted.countDown();
                Latches.await(release);
            }
        });
        List<Thread> callers = new ArrayList<>();
        callers.add(Latches.start(group::await));
        Latches.await(firstStarted);
        for (int i = 0; i < 3; i++) {
            callers.add(Latches.start(group::await));
        }
        waitForQueue(group, 3);
        release.countDown();
        for (Thread t : callers) {
            t.join(10_000);
        }
        // The first store began before the three others called, so it cannot cover them; one more store covers all three.
        assertThat(stores).hasValue(2);
    }

    @Test
    void aCallAfterAStoreEndedRunsAStoreOfItsOwn() {
        AtomicInteger stores = new AtomicInteger();
        GroupCommit group = new GroupCommit(stores::incrementAndGet);
        group.await();
        group.await();
        assertThat(stores).hasValue(2);
    }

    @Test
    void aFailedStoreCoversNobodyAndTheNextCallerStoresAgain() {
        AtomicInteger stores = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (stores.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(group::await).hasMessage("disk full");
        group.await();
        assertThat(stores).hasValue(2);
    }

    private static void waitForQueue(GroupCommit group, int length) throws InterruptedException {
        for (int i = 0; i < 1_000 && group.lock().getQueueLength() < length; i++) {
            Thread.sleep(5);
        }
        assertThat(group.lock().getQueueLength()).isEqualTo(length);
    }
}
