package io.modelcards.capture.energy;

import io.modelcards.capture.environment.HostProbe;
import io.modelcards.card.Emissions;
import io.modelcards.card.EmissionsBuilder;
import io.modelcards.card.Energy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns joules (measured or estimated) into the card's {@link Energy} and {@link Emissions}, listing every input.
 *
 * <p>Uncertainty. {@link #RAPL_UNCERTAINTY} ±15 %: RAPL package counters track externally measured package power
 * to within a few percent on Intel since Haswell and on AMD Zen, but they cover the whole socket (other processes
 * count too), leave out power-supply losses, fans, disks and, on parts without a DRAM zone, memory; ±15 % covers
 * those on a machine dedicated to training. {@link #ESTIMATE_UNCERTAINTY} ±50 %: TDP is a design limit, not a
 * draw, and real package power under load lies roughly between half and all of it; CPU seconds count hardware
 * threads, so two busy SMT siblings are charged two cores' worth while they share one; idle and uncore power and
 * memory are left out; an unknown CPU gets a table-median figure. These errors pull in both directions and each
 * is tens of percent, so ±50 % is the honest band.
 */
final class Footprint {
    static final double RAPL_UNCERTAINTY = 0.15;
    static final double ESTIMATE_UNCERTAINTY = 0.5;
    private static final double JOULES_PER_KWH = 3.6e6;

    /** The machine-dependent facts both methods need, resolved once. */
    record Context(EnergyOptions options, String cpuModel, int logicalCores, CpuPower cpu, GridIntensity grid,
                   CpuPowerTable cpuTable, GridIntensityTable gridTable) {

        static Context resolve(EnergyOptions options) {
            String cpuModel = options.cpuModel() != null ? options.cpuModel() : HostProbe.cpuModel();
            int cores = options.logicalCores() != null && options.logicalCores() > 0
                    ? options.logicalCores() : Runtime.getRuntime().availableProcessors();
            CpuPowerTable cpuTable = CpuPowerTable.bundled();
            GridIntensityTable gridTable = GridIntensityTable.bundled();
            return new Context(options, cpuModel, cores, cpuTable.lookup(cpuModel), gridTable.lookup(options.region()),
                    cpuTable, gridTable);
        }
    }

    private Footprint() {}

    /** A measured figure: {@code joules} from RAPL zones {@code zones}. */
    static EnergyReport measured(double joules, List<String> zones, Double cpuSeconds, double wallSeconds, Context ctx) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("formula", "energy_J = sum of RAPL counter increases over the run, wrap-around included");
        inputs.put("scope", "whole CPU packages (and DRAM zones), all processes on the machine");
        inputs.put("rapl_zones", zones);
        inputs.put("measured_joules", joules);
        putRun(inputs, cpuSeconds, wallSeconds, ctx);
        putGrid(inputs, ctx);
        return report("rapl", joules, wallSeconds, RAPL_UNCERTAINTY, inputs, ctx);
    }

    /**
     * An estimated figure: energy_J = watts_per_core × logical_cores × utilisation × wall_seconds, which equals
     * watts_per_core × cpu_seconds. Without a CPU time, full utilisation of every logical core is assumed.
     */
    static EnergyReport estimated(Double cpuSeconds, double wallSeconds, Context ctx) {
        boolean assumed = cpuSeconds == null;
        double cpu = assumed ? wallSeconds * ctx.logicalCores() : cpuSeconds;
        double joules = ctx.cpu().wattsPerCore() * cpu;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("formula", "energy_J = watts_per_core × logical_cores × utilisation × wall_seconds"
                + " (= watts_per_core × cpu_seconds)");
        inputs.put("cpu_table_model", ctx.cpu().fromTable() ? ctx.cpu().model() : "none (fallback watts per core)");
        inputs.put("tdp_watts", ctx.cpu().tdpWatts());
        inputs.put("tdp_cores", ctx.cpu().cores());
        inputs.put("watts_per_core", ctx.cpu().wattsPerCore());
        putRun(inputs, cpu, wallSeconds, ctx);
        if (assumed) inputs.put("cpu_seconds_assumed", "the JVM reported no CPU time; utilisation 1.0 assumed");
        inputs.put("cpu_table_sources", ctx.cpuTable().sources());
        putGrid(inputs, ctx);
        return report("estimate", joules, wallSeconds, ESTIMATE_UNCERTAINTY, inputs, ctx);
    }

    private static void putRun(Map<String, Object> inputs, Double cpuSeconds, double wallSeconds, Context ctx) {
        inputs.put("cpu_model", ctx.cpuModel());
        inputs.put("logical_cores", ctx.logicalCores());
        inputs.put("cpu_seconds", cpuSeconds);
        inputs.put("wall_seconds", wallSeconds);
        inputs.put("utilisation", cpuSeconds == null || wallSeconds <= 0 ? null
                : cpuSeconds / (wallSeconds * ctx.logicalCores()));
    }

    private static void putGrid(Map<String, Object> inputs, Context ctx) {
        GridIntensity grid = ctx.grid();
        inputs.put("region_requested", ctx.options().region());
        inputs.put("region", grid.fromTable() ? grid.region() : grid.region() + " (fallback: region unknown)");
        inputs.put("grid_gco2eq_per_kwh", grid.gramsPerKwh());
        inputs.put("grid_year", grid.year());
        inputs.put("grid_table_sources", ctx.gridTable().sources());
    }

    private static EnergyReport report(String method, double joules, double wallSeconds, double uncertainty,
                                       Map<String, Object> inputs, Context ctx) {
        double kwh = joules / JOULES_PER_KWH;
        double grams = kwh * ctx.grid().gramsPerKwh();
        String hardware = (ctx.cpuModel() == null ? "unknown CPU" : ctx.cpuModel())
                + " (" + ctx.logicalCores() + " logical cores)";
        // The figures are good to ±15 % at best, so four significant digits say all they know; more would be noise
        // (0.0006075000000000001 g) and would suggest a precision the method does not have.
        double kwh4 = significant(kwh);
        double grams4 = significant(grams);
        Energy energy = new Energy(method, kwh4, grams4, hardware, significant(wallSeconds / 3600.0), inputs, uncertainty);
        String location = ctx.grid().fromTable() ? ctx.grid().name() : "unknown (world average intensity used)";
        Emissions emissions = EmissionsBuilder.builder().emissions(grams4).source("modelcards " + method)
                .trainingType(ctx.options().trainingType()).geographicalLocation(location).hardwareUsed(hardware).build();
        return new EnergyReport(energy, emissions);
    }

    /** {@code v} rounded to four significant digits. */
    static double significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).doubleValue();
    }
}
