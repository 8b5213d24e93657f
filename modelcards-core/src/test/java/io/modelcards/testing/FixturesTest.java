package io.modelcards.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {
    @TempDir
    Path tmp;

    @Test
    void everyExampleCardIsListedByNameAndLoads() {
        assertThat(Fixtures.cardNames()).contains("full-every-field", "minimal-empty").isSorted();
        assertThat(Fixtures.cardNames()).allSatisfy(name -> assertThat(Fixtures.card(name)).isNotNull());
    }

    @Test
    void aReadmeFixtureKeepsItsLineEnds() {
        assertThat(Fixtures.readme("roundtrip/crlf-basic.md")).contains("\r\n");
        assertThat(Fixtures.readmes("roundtrip", ".md")).extracting(p -> p.getFileName().toString()).contains("crlf-basic.md");
    }

    @Test
    void theSecretCorpusIsShared() {
        assertThat(Fixtures.text(Fixtures.SECRET_CORPUS)).contains("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void aResourceInAModulesOwnBuildIsItsOwnFile() {
        Path p = Fixtures.path("cards/minimal-empty.json");

        assertThat(p.getFileSystem()).isEqualTo(FileSystems.getDefault());
        assertThat(p.getFileName()).hasToString("minimal-empty.json");
    }

    @Test
    void anUnknownResourceFailsNamingIt() {
        assertThatThrownBy(() -> Fixtures.text("cards/nope.json")).hasMessageContaining("cards/nope.json");
    }

    @Test
    void aResourceInsideATestJarIsListedReadAndCopiedToDiskUnderItsName() throws IOException {
        Path jar = tmp.resolve("fixtures-tests.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("jarred/"));
            out.putNextEntry(new JarEntry("jarred/card.json"));
            out.write("{\"schema_version\": \"1.0\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        URL dir = URI.create("jar:" + jar.toUri() + "!/jarred/").toURL();
        URL file = URI.create("jar:" + jar.toUri() + "!/jarred/card.json").toURL();

        try (Stream<Path> listed = Files.list(ClasspathFiles.locate(dir))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("card.json");
        }
        Path copy = ClasspathFiles.onDisk("jarred/card.json", file);
        assertThat(copy.getFileSystem()).isEqualTo(FileSystems.getDefault());
        assertThat(copy.getFileName()).hasToString("card.json");
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo("{\"schema_version\": \"1.0\"}\r\n");
    }
}
