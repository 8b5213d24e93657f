package io.modelcards.capture.energy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures the energy and emissions of a training run between {@link #start} and {@link #stop}: through RAPL
 * counters when {@code /sys/class/powercap/intel-rapl:*}/energy_uj can be read (method "rapl", ±15 %), otherwise
 * estimated from the process CPU time, the CPU's TDP per core and the grid intensity (method "estimate", ±50 %;
 * see {@link Footprint} for both justifications). Thread-safe; never throws for an unreadable machine.
 *
 * <pre>{@code
 * EnergyMeter meter = EnergyMeter.start(EnergyOptions.defaults().withRegion("FR"));
 * train();
 * EnergyReport report = meter.stop();   // report.energy() for the card, report.emissions() for co2_eq_emissions
 * }</pre>
 */
public final class EnergyMeter implements AutoCloseable {
    /** Uncertainty of a RAPL measurement, relative. */
    public static final double RAPL_UNCERTAINTY = Footprint.RAPL_UNCERTAINTY;
    /** Uncertainty of a TDP estimate, relative. */
    public static final double ESTIMATE_UNCERTAINTY = Footprint.ESTIMATE_UNCERTAINTY;

    private final EnergyOptions options;
    private final Rapl rapl;
    private final long startNanos;
    private final Long startCpuNanos;
    private final ScheduledExecutorService sampler;
    private volatile boolean raplBroken;
    private EnergyReport report;

    private EnergyMeter(EnergyOptions options, Rapl rapl) {
        this.options = options;
        this.rapl = rapl;
        this.startCpuNanos = ProcessCpu.nanos();
        this.startNanos = System.nanoTime();
        Duration period = options.samplePeriod();
        if (rapl != null && period != null && !period.isZero() && !period.isNegative()) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "modelcards-energy-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(this::sample, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            sampler = null;
        }
    }

    /** Starts measuring now with {@code options} (null means {@link EnergyOptions#defaults()}). */
    public static EnergyMeter start(EnergyOptions options) {
        EnergyOptions opts = options == null ? EnergyOptions.defaults() : options;
        return new EnergyMeter(opts, Rapl.open(opts.powercapRoot()).orElse(null));
    }

    /** Starts measuring now with {@link EnergyOptions#defaults()}. */
    public static EnergyMeter start() {
        return start(EnergyOptions.defaults());
    }

    /**
     * Estimates from figures the caller already has: process CPU time (null if unknown: full use of every logical
     * core is then assumed) and wall time. Always method "estimate".
     */
    public static EnergyReport estimate(EnergyOptions options, Duration cpuTime, Duration wallTime) {
        EnergyOptions opts = options == null ? EnergyOptions.defaults() : options;
        Double cpu = cpuTime == null ? null : seconds(cpuTime);
        return Footprint.estimated(cpu, wallTime == null ? 0 : seconds(wallTime), Footprint.Context.resolve(opts));
    }

    /** Whether this meter is reading RAPL counters (it falls back to the estimate if they become unreadable). */
    public boolean measuring() {
        return rapl != null && !raplBroken;
    }

    /**
     * Reads the RAPL counters now, so that a counter wrapping more than once before {@link #stop} is still counted.
     * The meter's own sampler calls this every {@link EnergyOptions#samplePeriod()}; callers may call it too. A failed
     * reading here is skipped (the next one covers the gap); only a failed final reading at {@link #stop} gives up
     * on RAPL.
     */
    public void sample() {
        if (rapl == null || raplBroken) return;
        try {
            rapl.sample();
        } catch (IOException | RuntimeException e) {
            // Transient: the counters keep running, and the next reading accounts for the energy since the last good one.
        }
    }

    private void finalSample() {
        if (rapl == null) return;
        try {
            rapl.sample();
        } catch (IOException | RuntimeException e) {
            raplBroken = true;
        }
    }

    /** Stops measuring and returns the report; later calls return the same report. */
    public synchronized EnergyReport stop() {
        if (report != null) return report;
        if (sampler != null) sampler.shutdownNow();
        finalSample();
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Long endCpu = ProcessCpu.nanos();
        Double cpu = startCpuNanos == null || endCpu == null ? null : (endCpu - startCpuNanos) / 1e9;
        Footprint.Context ctx = Footprint.Context.resolve(options);
        report = measuring()
                ? Footprint.measured(rapl.joules(), rapl.zoneNames(), cpu, wall, ctx)
                : Footprint.estimated(cpu, wall, ctx);
        return report;
    }

    /** Same as {@link #stop()}, discarding the report; for try-with-resources when the report is read elsewhere. */
    @Override
    public void close() {
        stop();
    }

    /** The report, once {@link #stop()} has been called. */
    public Optional<EnergyReport> report() {
        synchronized (this) {
            return Optional.ofNullable(report);
        }
    }

    /** RAPL energy counted by the samples so far, in joules, or 0 without RAPL (for tests of the sampler). */
    double joulesSoFar() {
        return rapl == null ? 0 : rapl.joules();
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
