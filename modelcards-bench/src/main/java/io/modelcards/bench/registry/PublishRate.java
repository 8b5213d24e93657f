package io.modelcards.bench.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes through the whole workflow from several threads, each on its own models, for a warm-up of
 * {@value #WARMUP_SECONDS} s and then a timed window; only workflows that end inside the window are counted.
 */
final class PublishRate {
    private static final int WARMUP_SECONDS = 3;

    private PublishRate() {
    }

    /**
     * What a run measured.
     *
     * @param count     workflows completed in the timed window (one published revision each)
     * @param seconds   the window's length
     * @param threads   the publishing threads
     * @param perSecond count / seconds
     * @param p50Ms     the median time of one workflow (its six requests)
     * @param p99Ms     the 99th percentile of that time
     * @param stepMs    the mean time of each request of the counted workflows, in the order of {@link Workflow#STEPS}
     * @param all       every workflow completed, warm-up and the tail after the window included (what the server's CPU
     *                  time over the whole run is divided by)
     */
    record Result(int count, double seconds, int threads, double perSecond, double p50Ms, double p99Ms, double[] stepMs,
            int all) {}

    /** Runs {@code threads} publishers for the warm-up and {@code seconds} more; the first failure fails the run. */
    static Result run(Steps workflow, int threads, int seconds, String prefix) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + WARMUP_SECONDS * 1_000_000_000L;
        long windowEnd = windowStart + seconds * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        List<long[]> stepSums = new ArrayList<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger completed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Long> mine = new ArrayList<>();
            long[] mySteps = new long[Workflow.STEPS.size()];
            latencies.add(mine);
            stepSums.add(mySteps);
            String name = prefix + "-t" + t + "-";
            Thread w = new Thread(() -> {
                try {
                    long[] nanos = new long[mySteps.length];
                    for (int i = 0; System.nanoTime() < windowEnd && failure.get() == null; i++) {
                        long t0 = System.nanoTime();
                        workflow.run(name + i, nanos);
                        long t1 = System.nanoTime();
                        completed.incrementAndGet();
                        if (t1 >= windowStart && t1 <= windowEnd) {
                            mine.add(t1 - t0);
                            for (int s = 0; s < nanos.length; s++) {
                                mySteps[s] += nanos[s];
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, name);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        double[] stepMs = new double[Workflow.STEPS.size()];
        for (long[] sums : stepSums) {
            for (int s = 0; s < stepMs.length; s++) {
                stepMs[s] += all.isEmpty() ? 0 : sums[s] / 1e6 / all.size();
            }
        }
        return new Result(all.size(), seconds, threads, all.size() / (double) seconds, percentile(all, 0.50),
                percentile(all, 0.99), stepMs, completed.get());
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
