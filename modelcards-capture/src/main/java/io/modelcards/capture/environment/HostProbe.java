package io.modelcards.capture.environment;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import oshi.SystemInfo;
import oshi.hardware.GraphicsCard;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Reads the machine through system properties and OSHI. Each method answers on its own, so one unreadable source
 * (an unsupported OS, a missing native library, a sandbox) empties only its own field; none throws.
 */
public final class HostProbe {
    private HostProbe() {}

    /** JVM vendor, VM name and full runtime version, e.g. "Eclipse Adoptium OpenJDK 64-Bit Server VM 17.0.9+9". */
    public static String jvm() {
        return join(System.getProperty("java.vendor"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")));
    }

    /** Operating system name and version with the architecture in parentheses, e.g. "Linux 6.1.0 (amd64)". */
    public static String os() {
        String base = join(System.getProperty("os.name"), System.getProperty("os.version"));
        String arch = System.getProperty("os.arch");
        if (base == null) return arch;
        return arch == null ? base : base + " (" + arch + ")";
    }

    /** The CPU model name as the processor reports it, or null. */
    public static String cpuModel() {
        return ask(h -> blankToNull(h.getProcessor().getProcessorIdentifier().getName()));
    }

    /** Logical processors of the machine; falls back to the processors available to the JVM. */
    public static int logicalCores() {
        Integer fromOshi = ask(h -> h.getProcessor().getLogicalProcessorCount());
        return fromOshi != null && fromOshi > 0 ? fromOshi : Runtime.getRuntime().availableProcessors();
    }

    /** Physical memory in bytes, or null. */
    public static Long memoryBytes() {
        Long fromOshi = ask(h -> h.getMemory().getTotal());
        if (fromOshi != null && fromOshi > 0) return fromOshi;
        try {
            OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean os) { // checkstyle: qualified to tell com.sun's from java.lang's
                long total = os.getTotalMemorySize();
                return total > 0 ? total : null;
            }
        } catch (RuntimeException | LinkageError e) {
            // Not a HotSpot-family JVM: memory is unknown.
        }
        return null;
    }

    /** GPU names ("vendor name"), joined with "; ", or null when none is reported. */
    public static String gpus() {
        return ask(h -> {
            List<GraphicsCard> cards = h.getGraphicsCards();
            String names = cards.stream().map(HostProbe::describe).filter(Objects::nonNull)
                    .distinct().collect(Collectors.joining("; "));
            return names.isEmpty() ? null : names;
        });
    }

    private static String describe(GraphicsCard card) {
        String name = blankToNull(card.getName());
        String vendor = blankToNull(card.getVendor());
        if (name == null) return vendor;
        return vendor == null || name.toLowerCase(Locale.ROOT).contains(vendor.toLowerCase(Locale.ROOT))
                ? name : vendor + " " + name;
    }

    /** Asks OSHI one question; any failure, including a native library that will not load, answers null. */
    private static <T> T ask(Function<HardwareAbstractionLayer, T> question) {
        try {
            return Holder.HARDWARE.map(question).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** OSHI is loaded once, lazily, and a failure to load it is remembered rather than retried. */
    private static final class Holder {
        static final Optional<HardwareAbstractionLayer> HARDWARE = load();

        private static Optional<HardwareAbstractionLayer> load() {
            try {
                return Optional.of(new SystemInfo().getHardware());
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(part.trim());
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equalsIgnoreCase("unknown") ? null : s.trim();
    }
}
