package io.modelcards.capture.environment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Reads library versions from jar metadata: {@code Implementation-Version} (then {@code Bundle-Version}) in
 * {@code META-INF/MANIFEST.MF}, or {@code version} in a Maven {@code pom.properties}. Nothing here throws.
 */
public final class LibraryVersions {
    /** Shown for a library that is on the class path but whose jar carries no version. */
    public static final String UNKNOWN = "unknown";

    private LibraryVersions() {}

    /**
     * Returns library name to version, in the order given; libraries that are not on the class path of
     * {@code loader} are left out, and those present without version metadata map to {@link #UNKNOWN}.
     */
    public static Map<String, String> read(List<Library> libraries, ClassLoader loader) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Library library : libraries) {
            versionOf(library, loader).ifPresent(v -> versions.put(library.name(), v));
        }
        return Collections.unmodifiableMap(versions);
    }

    /** Returns the version of one library, {@link #UNKNOWN} if present without metadata, empty if absent. */
    public static Optional<String> versionOf(Library library, ClassLoader loader) {
        try {
            if (library instanceof Library.ByMaven maven) {
                return fromPomProperties(loader, maven.groupId(), maven.artifactId());
            }
            Library.ByClass byClass = (Library.ByClass) library;
            Class<?> type = Class.forName(byClass.className(), false, loader);
            return Optional.of(fromClass(type).orElse(UNKNOWN));
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // Absent, or present but unloadable (a broken jar, a security manager): leave it off the card.
            return Optional.empty();
        }
    }

    private static Optional<String> fromPomProperties(ClassLoader loader, String groupId, String artifactId) {
        URL url = loader.getResource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
        if (url == null) return Optional.empty();
        try (InputStream in = url.openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.of(nonBlank(properties.getProperty("version")).orElse(UNKNOWN));
        } catch (IOException e) {
            return Optional.of(UNKNOWN);
        }
    }

    /** The package's manifest version is cheapest; otherwise open the jar (or classes directory) the class came from. */
    private static Optional<String> fromClass(Class<?> type) {
        Package pkg = type.getPackage();
        if (pkg != null && pkg.getImplementationVersion() != null) return nonBlank(pkg.getImplementationVersion());
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return Optional.empty();
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) return fromJar(location);
            Path manifest = location.resolve("META-INF/MANIFEST.MF");
            if (Files.isRegularFile(manifest)) {
                try (InputStream in = Files.newInputStream(manifest)) {
                    return manifestVersion(new Manifest(in));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // A location we cannot open (a nested jar, an odd URL scheme): the version is unknown.
        }
        return Optional.empty();
    }

    private static Optional<String> fromJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            Optional<String> version = manifest == null ? Optional.empty() : manifestVersion(manifest);
            if (version.isPresent()) return version;
            return singlePomVersion(file);
        }
    }

    /** A jar with exactly one pom.properties is that artifact; a shaded jar with several is ambiguous. */
    private static Optional<String> singlePomVersion(JarFile file) throws IOException {
        JarEntry found = null;
        for (JarEntry entry : Collections.list(file.entries())) {
            String name = entry.getName();
            if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                if (found != null) return Optional.empty();
                found = entry;
            }
        }
        if (found == null) return Optional.empty();
        try (InputStream in = file.getInputStream(found)) {
            Properties properties = new Properties();
            properties.load(in);
            return nonBlank(properties.getProperty("version"));
        }
    }

    private static Optional<String> manifestVersion(Manifest manifest) {
        var attributes = manifest.getMainAttributes();
        Optional<String> implementation = nonBlank(attributes.getValue("Implementation-Version"));
        return implementation.isPresent() ? implementation : nonBlank(attributes.getValue("Bundle-Version"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
