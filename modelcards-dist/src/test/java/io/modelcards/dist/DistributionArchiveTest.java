package io.modelcards.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged archive: its size, its native libraries, and the command it carries. */
class DistributionArchiveTest {
    /** A native library inside a jar, by the endings the bundled libraries use (DuckDB appends its platform). */
    private static final Pattern NATIVE = Pattern.compile(".*(\\.so|\\.dll|\\.dylib|\\.jnilib|\\.a|\\.so_[a-z0-9_]+)$");
    /** Linux on x86-64, as each library spells it in its folder or file name. */
    private static final Pattern LINUX_X86_64 =
            Pattern.compile("(?i).*linux.*(x86[-_]64|amd64).*|.*(x86[-_]64|amd64).*linux.*");

    /** A jar as copied into lib/: the artifact, then the version from its first digit after a hyphen. */
    private static final Pattern JAR_NAME = Pattern.compile("(.+?)-([0-9].*)\\.jar");

    @Test
    void theArchiveIsNamedForItsVersionAndPlatformAndIsUnderSixtyMegabytes() throws IOException {
        Path archive = Unpacked.archive();
        assertThat(archive.getFileName().toString()).matches("modelcards-[0-9][^/]*-linux-x86_64\\.tar\\.gz");
        assertThat(Files.size(archive)).as("bytes of the archive (the limit is 60 MB)").isLessThan(60_000_000L);
    }

    @Test
    void everyNativeLibraryInTheJarsIsForLinuxOnX8664() throws Exception {
        List<String> natives = new ArrayList<>();
        for (Path jar : Unpacked.jars()) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    String name = e.nextElement().getName();
                    if (NATIVE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                        natives.add(jar.getFileName() + "!" + name);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Unpacked.home().resolve("lib"))) {
            files.map(f -> "lib/" + f.getFileName()).filter(n -> NATIVE.matcher(n.toLowerCase(Locale.ROOT)).matches())
                    .forEach(natives::add);
        }
        // DuckDB, DJL tokenizers, zstd-jni, JNA, jline and jansi each ship one; the list is not empty by accident.
        assertThat(natives).hasSizeGreaterThanOrEqualTo(6);
        assertThat(natives).allMatch(n -> LINUX_X86_64.matcher(n).matches(), "is for linux-x86_64");
    }

    @Test
    void everyBundledLibraryHasItsLicenceListedWithItsText() throws Exception {
        Path licences = Unpacked.home().resolve("licenses");
        List<String> listed = Files.readAllLines(licences.resolve("THIRD-PARTY.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (Path jar : Unpacked.jars()) {
            Matcher name = JAR_NAME.matcher(jar.getFileName().toString());
            assertThat(name.matches()).as(jar.getFileName().toString()).isTrue();
            String artifact = name.group(1);
            if (artifact.startsWith("modelcards-")) {
                continue;
            }
            String line = listed.stream().filter(l -> l.split("\\s+")[0].equals(artifact)).findFirst().orElse(null);
            assertThat(line).as("licence line for %s in THIRD-PARTY.txt", jar.getFileName()).isNotNull();
            String text = line.split("\\s+")[2].replace("*", name.group(2));
            assertThat(licences.resolve(text)).as("licence text of %s", artifact).isRegularFile();
        }
    }

    @Test
    void theLauncherRunsTheDemoWithOnlyAJreOnPath(@TempDir Path work) throws Exception {
        Path launcher = Unpacked.home().resolve("bin/modelcards");
        String jreOnly = Path.of(System.getProperty("java.home"), "bin").toString();

        Unpacked.Result run = Unpacked.run(work, List.of(launcher.toString(), "demo", "--out", "card", "--reproducible"), jreOnly);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(work.resolve("card/README.md")).content().contains("tribuo-crescents-logreg");
        assertThat(work.resolve("card/modelcard.html")).isNotEmptyFile();
        assertThat(work.resolve("card/modelcard.json")).content().contains("\"schema_version\"");
    }

    @Test
    void theLauncherProfilesParquetWithDuckDbsLibraryLoadedFromBesideItsJar(@TempDir Path work) throws Exception {
        Path parquet = work.resolve("rows.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT range AS id, 'name ' || range AS name FROM range(50)) TO '" + parquet + "' (FORMAT parquet)");
        }
        Path lib = Unpacked.home().resolve("lib");
        Path driver = Unpacked.jars().stream().filter(j -> j.getFileName().toString().startsWith("duckdb_jdbc-")).findFirst()
                .orElseThrow();
        try (ZipFile zip = new ZipFile(driver.toFile())) {
            // Left in the jar, the driver would copy it to a temporary file on every start instead.
            assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(n -> n.startsWith("libduckdb_java"));
        }
        assertThat(lib.resolve("libduckdb_java.so_linux_amd64")).isRegularFile();
        String jreOnly = Path.of(System.getProperty("java.home"), "bin").toString();

        Unpacked.Result run = Unpacked.run(work, List.of(Unpacked.home().resolve("bin/modelcards").toString(), "profile",
                "--progress", "none", "-o", "profile.json", parquet.toString()), jreOnly);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(work.resolve("profile.json")).content().contains("\"rows\": 50,").contains("\"name\": \"name\"");
    }

    @Test
    void theLauncherFindsItsJarsWhenStartedThroughALinkOnPath(@TempDir Path work) throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("modelcards"), Unpacked.home().resolve("bin/modelcards"));
        // readlink is the one tool besides java the launcher uses, and only when started through a link.
        String path = bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";

        Unpacked.Result run = Unpacked.run(work, List.of("/bin/sh", "-c", "modelcards --version"), path);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("modelcards");
    }
}
