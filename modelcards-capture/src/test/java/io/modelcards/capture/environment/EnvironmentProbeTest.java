package io.modelcards.capture.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentProbeTest {

    @Test
    void aRealCaptureOnThisMachineHasPlausibleValues() {
        Environment env = EnvironmentProbe.create().capture();

        assertThat(env.jvm()).contains(Runtime.version().feature() + "");
        assertThat(env.os()).contains(System.getProperty("os.name")).contains(System.getProperty("os.arch"));
        assertThat(env.cores()).isGreaterThanOrEqualTo(1);
        assertThat(env.memoryBytes()).isPositive();
        assertThat(env.libraries()).containsKey("jackson-databind");
    }

    @Test
    void theCaptureCarriesTheCommitOfTheGivenDirectoryAndTheCloudSettings(@TempDir Path dir) throws IOException {
        String sha = "fedcba9876543210fedcba9876543210fedcba98";
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), sha + "\n");

        Environment env = EnvironmentProbe.create().workingDirectory(dir).cloud("aws", "eu-west-3").capture();

        assertThat(env.gitCommit()).isEqualTo(sha);
        assertThat(env.cloudProvider()).isEqualTo("aws");
        assertThat(env.computeRegion()).isEqualTo("eu-west-3");
    }

    @Test
    void aLibraryAddedByNameReplacesTheDefaultOfTheSameName() {
        Environment env = EnvironmentProbe.create()
                .library(Library.ofMaven("jackson-databind", "org.nowhere", "missing"))
                .capture();

        assertThat(env.libraries()).doesNotContainKey("jackson-databind");
    }

    @Test
    void theCpuModelIsReadOrLeftNullButNeverBlank() {
        String cpu = HostProbe.cpuModel();

        assertThat(cpu == null || !cpu.isBlank()).isTrue();
    }
}
