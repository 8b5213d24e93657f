package io.modelcards.capture.energy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Running RAPL energy counters of the CPU packages (and their DRAM sub-zones, which package energy excludes), read
 * from Linux powercap sysfs. Each {@link #sample()} adds the energy since the previous one, counting a counter
 * that passed {@code max_energy_range_uj} and restarted from zero as a wrap-around rather than a negative step.
 * Thread-safe.
 */
final class Rapl {
    private static final Pattern PACKAGE = Pattern.compile("intel-rapl:\\d+");
    private static final Pattern SUBZONE = Pattern.compile("intel-rapl:\\d+:\\d+");

    private record Zone(String name, Path energyFile, long maxRangeMicroJoules) {}

    private final List<Zone> zones;
    private final long[] last;
    private long totalMicroJoules;

    private Rapl(List<Zone> zones, long[] first) {
        this.zones = zones;
        this.last = first;
    }

    /**
     * Opens the readable package and DRAM zones under {@code root} and takes the first reading; empty when there is
     * no such zone or none can be read (often the case: since 2020 Linux lets only root read energy_uj).
     * The platform zone "psys" is skipped because it overlaps the packages.
     */
    static Optional<Rapl> open(Path root) {
        if (root == null || !Files.isDirectory(root)) return Optional.empty();
        List<Zone> zones = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path dir : entries) {
                zoneAt(dir).ifPresent(zones::add);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        zones.sort(Comparator.comparing(z -> z.energyFile().getParent().getFileName().toString()));
        List<Zone> readable = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        for (Zone zone : zones) {
            try {
                first.add(read(zone.energyFile()));
                readable.add(zone);
            } catch (IOException | RuntimeException e) {
                // An unreadable zone is left out; the others still measure.
            }
        }
        if (readable.isEmpty()) return Optional.empty();
        return Optional.of(new Rapl(List.copyOf(readable), first.stream().mapToLong(Long::longValue).toArray()));
    }

    private static Optional<Zone> zoneAt(Path dir) {
        String dirName = dir.getFileName().toString();
        boolean isPackage = PACKAGE.matcher(dirName).matches();
        if (!isPackage && !SUBZONE.matcher(dirName).matches()) return Optional.empty();
        String name = readName(dir).orElse(dirName);
        if (name.equals("psys")) return Optional.empty();
        if (!isPackage && !name.equals("dram")) return Optional.empty();
        try {
            long max = read(dir.resolve("max_energy_range_uj"));
            return max > 0 ? Optional.of(new Zone(name, dir.resolve("energy_uj"), max)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readName(Path dir) {
        try {
            return Optional.of(Files.readString(dir.resolve("name"), StandardCharsets.UTF_8).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long read(Path file) throws IOException {
        return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
    }

    /** Reads every zone and adds the energy since the previous reading; throws if a zone became unreadable. */
    synchronized void sample() throws IOException {
        long[] now = new long[zones.size()];
        for (int i = 0; i < now.length; i++) now[i] = read(zones.get(i).energyFile());
        for (int i = 0; i < now.length; i++) {
            totalMicroJoules += delta(last[i], now[i], zones.get(i).maxRangeMicroJoules());
            last[i] = now[i];
        }
    }

    /** Energy between two readings of one counter that counts up to {@code maxRange} and then restarts at zero. */
    static long delta(long before, long after, long maxRange) {
        return after >= before ? after - before : (maxRange - before) + after;
    }

    /** Energy accumulated over all zones since {@link #open}, up to the last sample, in joules. */
    synchronized double joules() {
        return totalMicroJoules / 1e6;
    }

    /** Names of the zones measured, e.g. "package-0", "dram". */
    List<String> zoneNames() {
        return zones.stream().map(Zone::name).toList();
    }
}
