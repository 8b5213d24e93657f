package io.modelcards.capture.environment;

import io.modelcards.card.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures the {@link Environment} of a training run: JVM, OS, CPU, cores, memory, GPUs (through OSHI), library
 * versions from jar metadata, and the git commit of the directory the training code runs in. Fields that cannot
 * be read are null; capturing never throws.
 *
 * <pre>{@code
 * Environment env = EnvironmentProbe.create()
 *         .workingDirectory(Path.of("."))
 *         .library(Library.ofMaven("tribuo", "org.tribuo", "tribuo-core"))
 *         .capture();
 * }</pre>
 */
public final class EnvironmentProbe {
    private Path workingDirectory = Path.of(System.getProperty("user.dir", "."));
    private final List<Library> libraries = new ArrayList<>(Library.defaults());
    private ClassLoader loader = EnvironmentProbe.class.getClassLoader();
    private String cloudProvider;
    private String computeRegion;

    private EnvironmentProbe() {}

    /** A probe that looks for git from the current directory and reports {@link Library#defaults()}. */
    public static EnvironmentProbe create() {
        return new EnvironmentProbe();
    }

    /** Captures with every default: the shortest path for a hand-written training loop. */
    public static Environment captureDefault() {
        return create().capture();
    }

    /** Sets where the search for the enclosing git repository starts. */
    public EnvironmentProbe workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** Adds a library to report, after the defaults; a library with the same name replaces the earlier one. */
    public EnvironmentProbe library(Library library) {
        libraries.removeIf(l -> l.name().equals(library.name()));
        libraries.add(library);
        return this;
    }

    /** Sets the class loader whose class path the library versions are read from. */
    public EnvironmentProbe classLoader(ClassLoader classLoader) {
        this.loader = classLoader;
        return this;
    }

    /** Records the cloud provider and compute region, which no local probe can read reliably. */
    public EnvironmentProbe cloud(String provider, String region) {
        this.cloudProvider = provider;
        this.computeRegion = region;
        return this;
    }

    /** Reads everything now; each field is null when its source cannot be read. */
    public Environment capture() {
        return new Environment(
                HostProbe.jvm(),
                HostProbe.os(),
                HostProbe.cpuModel(),
                HostProbe.logicalCores(),
                HostProbe.memoryBytes(),
                HostProbe.gpus(),
                LibraryVersions.read(libraries, loader),
                GitCommit.of(workingDirectory).orElse(null),
                cloudProvider,
                computeRegion);
    }
}
