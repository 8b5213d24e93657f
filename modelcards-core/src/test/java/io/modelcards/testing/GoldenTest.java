package io.modelcards.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenTest {
    private static final String COMMAND = "./mvnw -Dgolden.update=true";

    @TempDir
    Path tmp;

    @Test
    void anOutputEqualToItsGoldenFilePasses() throws IOException {
        Path golden = Files.writeString(tmp.resolve("a.md"), "same\r\nbytes\n", StandardCharsets.UTF_8);

        Golden.check(golden, "same\r\nbytes\n", false, COMMAND);
    }

    @Test
    void aDifferentOutputFailsNamingTheFileAndTheCommandThatRewritesIt() throws IOException {
        Path golden = Files.writeString(tmp.resolve("a.md"), "old\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Golden.check(golden, "new\n", false, COMMAND))
                .isInstanceOf(AssertionError.class).hasMessageContaining(golden.toString()).hasMessageContaining(COMMAND);
    }

    @Test
    void aMissingGoldenFileFailsNamingTheCommandThatCreatesIt() {
        Path golden = tmp.resolve("missing.md");

        assertThatThrownBy(() -> Golden.check(golden, "x", false, COMMAND))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is missing").hasMessageContaining(COMMAND);
        assertThat(golden).doesNotExist();
    }

    @Test
    void theUpdateSwitchRewritesTheFileAndCreatesItsDirectory() throws IOException {
        Path golden = tmp.resolve("new/dir/a.md");

        Golden.check(golden, "fresh ☃\n", true, COMMAND);

        assertThat(Files.readString(golden, StandardCharsets.UTF_8)).isEqualTo("fresh ☃\n");
    }

    @Test
    void theUpdateCommandRerunsTheCallingTestClassInItsModuleWithTheSwitch() {
        assertThat(Golden.updateCommand()).isEqualTo("./mvnw -B -pl modelcards-core -am verify -Dtest=GoldenTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true");
    }
}
