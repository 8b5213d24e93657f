package io.modelcards.capture.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bundled table of CPU models to TDP and physical cores ({@code cpu-tdp.csv}), with the sources in its header.
 * A model string that matches no row gets {@link #FALLBACK_WATTS_PER_CORE}.
 */
public final class CpuPowerTable {
    /**
     * Watts per physical core for a CPU the table does not know: 7.5 W is the median TDP per core of the table's
     * rows (server parts 3.5 to 9.4 W, desktop parts up to 15.8 W), so an unknown CPU is neither the best nor the
     * worst case; a test keeps it inside the table's interquartile range.
     */
    public static final double FALLBACK_WATTS_PER_CORE = 7.5;

    private static final String RESOURCE = "cpu-tdp.csv";

    private record Row(Pattern pattern, String model, double tdpWatts, int cores) {}

    private final List<Row> rows;
    private final List<String> sources;

    private CpuPowerTable(List<Row> rows, List<String> sources) {
        this.rows = rows;
        this.sources = sources;
    }

    /** Loads the table shipped in the jar. */
    public static CpuPowerTable bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final CpuPowerTable BUNDLED = parse(BundledTable.load(RESOURCE));
    }

    private static CpuPowerTable parse(BundledTable table) {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : table.rows()) {
            rows.add(new Row(Pattern.compile(cells.get(0), Pattern.CASE_INSENSITIVE), cells.get(1),
                    Double.parseDouble(cells.get(2)), Integer.parseInt(cells.get(3))));
        }
        return new CpuPowerTable(List.copyOf(rows), table.sources());
    }

    /** The sources named in the table's header. */
    public List<String> sources() {
        return sources;
    }

    /** Number of CPU models in the table. */
    public int size() {
        return rows.size();
    }

    /** Watts per core of every row, in table order (for checks on the fallback). */
    public List<Double> wattsPerCoreOfRows() {
        return rows.stream().map(r -> r.tdpWatts() / r.cores()).toList();
    }

    /** The first row whose pattern occurs in {@code cpuModel}; otherwise the fallback, never null. */
    public CpuPower lookup(String cpuModel) {
        if (cpuModel != null) {
            for (Row row : rows) {
                if (row.pattern().matcher(cpuModel).find()) {
                    return new CpuPower(row.model(), row.tdpWatts(), row.cores(), row.tdpWatts() / row.cores(), true);
                }
            }
        }
        return new CpuPower(cpuModel == null ? "unknown CPU" : cpuModel, null, null, FALLBACK_WATTS_PER_CORE, false);
    }
}
