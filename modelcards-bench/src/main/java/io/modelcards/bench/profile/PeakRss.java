package io.modelcards.bench.profile;

import io.modelcards.card.DatasetProfile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by the benchmark: profiles one file and prints the process's peak resident set size, read from
 * {@code VmHWM} in {@code /proc/self/status}, as {@code vmhwm_kb=N} (after {@code rows=N}).
 *
 * <p>Usage: {@code PeakRss FILE}. Exits 1 with the reason on stderr when the profile fails.
 */
public final class PeakRss {
    private PeakRss() {}

    public static void main(String[] args) throws Exception {
        DatasetProfile profile;
        try {
            profile = Contenders.profile(Path.of(args[0]), null);
        } catch (UnsupportedOperationException e) {
            System.err.println("the profiler is not available yet (" + e.getMessage() + ")");
            System.exit(1);
            return;
        }
        System.out.println("rows=" + profile.rows());
        String status = Files.readString(Path.of("/proc/self/status"));
        String hwm = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: 0 kB");
        System.out.println("vmhwm_kb=" + hwm.replaceAll("\\D", ""));
    }
}
