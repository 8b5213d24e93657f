package io.modelcards.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Single-thread MB/s of {@link io.modelcards.profile.internal.privacy.PiiScanner#scan} on {@link PiiScanBenchmark}'s text,
 * by wall clock and by the thread's CPU time. On a machine shared with other jobs the CPU-time figure is the one to
 * trust: it does not count the time the thread waited for a core.
 *
 * <p>Usage: {@code PiiScanThroughput [ROUNDS]}. The last line printed is {@code cpu_mb_per_s=X wall_mb_per_s=Y}
 * (medians, MB = 10^6 bytes).
 */
public final class PiiScanThroughput {
    private PiiScanThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        PiiScanBenchmark bench = new PiiScanBenchmark();
        bench.setup();
        double[] spaces = measure(bench::countSpaces, rounds);
        double[] scan = measure(bench::scan, rounds);
        System.out.printf(Locale.ROOT, "count_spaces: cpu_mb_per_s=%.0f wall_mb_per_s=%.0f%n", spaces[0], spaces[1]);
        System.out.printf(Locale.ROOT, "cpu_mb_per_s=%.0f wall_mb_per_s=%.0f%n", scan[0], scan[1]);
    }

    /** Median MB/s of the task over the benchmark's bytes, by CPU time and by wall clock. */
    private static double[] measure(IntSupplier task, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < 2_000; i++) {
            sink += task.getAsInt();
        }
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        int reps = 500;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                sink += task.getAsInt();
            }
            double bytes = (double) PiiScanBenchmark.BYTES * reps;
            cpu[r] = bytes / ((threads.getCurrentThreadCpuTime() - c0) / 1e9) / 1e6;
            wall[r] = bytes / ((System.nanoTime() - w0) / 1e9) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {cpu[rounds / 2], wall[rounds / 2]};
    }
}
