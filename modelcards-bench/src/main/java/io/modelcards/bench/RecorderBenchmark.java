package io.modelcards.bench;

import io.modelcards.capture.CardRecorder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the recorder (issue 3 targets): the cost of one log event carrying 10 metrics (target: median
 * under 200 ns) and the heap the recorder retains after 10 million such events (target: under 64 MB), measured as
 * the used-heap difference, after full collections, between before the recorder exists and after the events, with
 * the recorder still reachable. The retained figure is reported as the auxiliary counter {@code retainedMiB}.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RecorderBenchmark {
    static final int METRICS = 10;
    static final long EVENTS = 10_000_000L;

    /** Ten metric maps with varying values, cycled so the recorder sees changing input without allocation here. */
    static Map<String, Double>[] inputs() {
        @SuppressWarnings("unchecked")
        Map<String, Double>[] maps = new Map[64];
        for (int i = 0; i < maps.length; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int k = 0; k < METRICS; k++) {
                m.put("metric_" + k, Math.sin(i * 0.1 + k));
            }
            maps[i] = m;
        }
        return maps;
    }

    /** A recorder that has seen every metric, so the measured path is the steady state. */
    @State(Scope.Thread)
    public static class Recording {
        CardRecorder recorder;
        Map<String, Double>[] inputs;
        long step;

        @Setup(Level.Trial)
        public void setUp() {
            recorder = CardRecorder.builder().setModelName("bench").build();
            inputs = inputs();
            recorder.log(0, 0.0, inputs[0]);
        }
    }

    /** One log event with 10 metrics. */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void logTenMetrics(Recording r) {
        long s = ++r.step;
        r.recorder.log(s, null, r.inputs[(int) (s & 63)]);
    }

    /** The retained heap, reported per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        public double retainedMiB;
    }

    /** Ten million log events of 10 metrics into a fresh recorder; reports the heap it retains. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void tenMillionEvents(Retained retained, Blackhole bh) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Map<String, Double>[] inputs = inputs();
        long before = usedAfterGc(memory);
        CardRecorder recorder = CardRecorder.builder().setModelName("bench").build();
        for (long step = 1; step <= EVENTS; step++) {
            recorder.log(step, step / 100_000.0, inputs[(int) (step & 63)]);
        }
        long after = usedAfterGc(memory);
        bh.consume(recorder);
        bh.consume(inputs);
        retained.retainedMiB = (after - before) / (1024.0 * 1024.0);
        System.err.printf("retained after %,d events of %d metrics: %.3f MiB%n", EVENTS, METRICS, retained.retainedMiB);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
