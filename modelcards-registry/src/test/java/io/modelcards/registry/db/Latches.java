package io.modelcards.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The waits the storage tests share: a latch reached within 10 s, or the test fails. */
final class Latches {
    private Latches() {}

    /** Waits until {@code latch} is down; fails the test after 10 s. */
    static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code body} on a new thread. */
    static Thread start(Runnable body) {
        Thread t = new Thread(body);
        t.start();
        return t;
    }
}
