package io.modelcards.capture.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryVersionsTest {
    /** A real class file to put into the test jars, so that loading by class name works. */
    private static final String MARKER = "io/modelcards/capture/environment/fixture/Marker.class";

    @TempDir Path dir;

    /** Builds a jar holding the Marker class, an optional manifest version and optional pom.properties. */
    private Path jar(String name, String manifestVersion, String pomPath, String pomVersion) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (manifestVersion != null) manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, manifestVersion);
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(MARKER));
            out.write(markerClassBytes());
            out.closeEntry();
            if (pomPath != null) {
                out.putNextEntry(new JarEntry(pomPath));
                out.write(("groupId=x\nartifactId=y\nversion=" + pomVersion + "\n").getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] markerClassBytes() throws IOException {
        try (InputStream in = LibraryVersionsTest.class.getClassLoader().getResourceAsStream(MARKER)) {
            return in.readAllBytes();
        }
    }

    /** A loader that sees only the given jar, so the Marker class is defined from it and not from test classes. */
    private static URLClassLoader isolated(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void aClassReportsTheImplementationVersionOfItsJarManifest() throws IOException {
        try (URLClassLoader loader = isolated(jar("m.jar", "4.3.2", null, null))) {
            Library lib = Library.ofClass("fixture", "io.modelcards.capture.environment.fixture.Marker");

            assertThat(LibraryVersions.versionOf(lib, loader)).contains("4.3.2");
        }
    }

    @Test
    void aClassInAJarWithoutManifestVersionFallsBackToItsOnlyPomProperties() throws IOException {
        try (URLClassLoader loader = isolated(jar("p.jar", null, "META-INF/maven/org.example/fixture/pom.properties", "1.9.0"))) {
            Library lib = Library.ofClass("fixture", "io.modelcards.capture.environment.fixture.Marker");

            assertThat(LibraryVersions.versionOf(lib, loader)).contains("1.9.0");
        }
    }

    @Test
    void mavenCoordinatesReadTheirPomProperties() throws IOException {
        try (URLClassLoader loader = isolated(jar("c.jar", "ignored", "META-INF/maven/org.example/fixture/pom.properties", "2.0.1"))) {
            Library lib = Library.ofMaven("fixture", "org.example", "fixture");

            assertThat(LibraryVersions.versionOf(lib, loader)).contains("2.0.1");
        }
    }

    @Test
    void aPresentClassWithoutAnyVersionMetadataIsUnknown() throws IOException {
        try (URLClassLoader loader = isolated(jar("n.jar", null, null, null))) {
            Library lib = Library.ofClass("fixture", "io.modelcards.capture.environment.fixture.Marker");

            assertThat(LibraryVersions.versionOf(lib, loader)).contains(LibraryVersions.UNKNOWN);
        }
    }

    @Test
    void absentLibrariesAreLeftOutAndOrderIsKept() throws IOException {
        try (URLClassLoader loader = isolated(jar("o.jar", "7.0", "META-INF/maven/org.example/fixture/pom.properties", "7.0"))) {
            var versions = LibraryVersions.read(List.of(
                    Library.ofMaven("zeta", "org.example", "fixture"),
                    Library.ofClass("missing-class", "org.nowhere.Missing"),
                    Library.ofMaven("missing-artifact", "org.nowhere", "missing"),
                    Library.ofClass("alpha", "io.modelcards.capture.environment.fixture.Marker")), loader);

            assertThat(versions).containsExactly(entry("zeta", "7.0"), entry("alpha", "7.0"));
        }
    }

    @Test
    void jacksonOnTheTestClassPathReportsItsRealVersion() {
        var versions = LibraryVersions.read(Library.defaults(), LibraryVersionsTest.class.getClassLoader());

        assertThat(versions.get("jackson-databind")).isEqualTo(PackageVersion.VERSION.toString());
        assertThat(versions).containsKey("modelcards").doesNotContainKeys("tribuo", "djl");
    }
}
