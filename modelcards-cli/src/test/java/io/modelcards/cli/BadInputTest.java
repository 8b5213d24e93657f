package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command on every malformed input in {@code src/test/resources/bad/} (listed with its arguments in
 * {@code cases.tsv}) and checks the contract: exit code 2 or 3, exactly the expected diagnostics on stderr
 * ({@code <file>.expected}), no stack trace, and nothing written.
 */
class BadInputTest {
    static final Path BAD = Path.of("src/test/resources/bad");
    static final Path CARD = CommandsTest.EXAMPLE;
    static final Path GOOD_TEMPLATE = Path.of("src/test/resources/good-template.j2");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyMalformedFileGetsAClearErrorAndNothingIsWritten() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : Files.readAllLines(BAD.resolve("cases.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String[] cols = row.split("\t");
            tests.add(DynamicTest.dynamicTest(cols[0], () -> check(cols[0], cols[1])));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests.stream();
    }

    private void check(String file, String argLine) throws IOException {
        Path outDir = Files.createTempDirectory(tmp, "out");
        String[] args = argLine.replace("{in}", BAD.resolve(file).toString())
                .replace("{out}", outDir.resolve("out").toString())
                .replace("{card}", CARD.toString())
                .replace("{good}", GOOD_TEMPLATE.toString())
                .split(" ");
        Cli.Run r = Cli.run(args);
        String actual = "exit " + r.exitCode() + "\n" + r.err();
        assertThat(r.exitCode()).as("exit code").isIn(2, 3);
        assertThat(r.leaksNoStackTrace()).as("no stack trace in: %s", r.err()).isTrue();
        Golden.assertMatches(BAD.resolve(file + ".expected"), actual);
        try (Stream<Path> written = Files.list(outDir)) {
            assertThat(written).as("nothing written").isEmpty();
        }
    }

    @Test
    void aFiftyMegabyteReadmeIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.md");
        byte[] line = "lorem ipsum dolor sit amet, consectetur adipiscing elit\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            out.write("---\nlicense: mit\n---\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Cli.Run r = Cli.run("convert", big.toString(), "-o", tmp.resolve("big.json").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(big + ":0:0: error: file is 50.0 MB; inputs over 10 MB are refused: "
                + "is this really a card or template? [input/too-large]\n");
        assertThat(tmp.resolve("big.json")).doesNotExist();
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
        Path f = tmp.resolve("latin1.md");
        Files.write(f, "---\nlicense: mit\n---\n# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = Cli.run("import", f.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(f + ":4:6: error: invalid UTF-8 (byte 0xE9 at offset 26): save the file as UTF-8 [input/encoding]\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void deeplyNestedYamlIsAnErrorNotAStackOverflow() throws IOException {
        Path f = tmp.resolve("deep.md");
        Files.writeString(f, "---\nx: " + "[".repeat(100_000) + "\n---\n");
        Cli.Run r = Cli.run("convert", f.toString(), "-o", tmp.resolve("deep.json").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(f + ":2:").contains("error:").doesNotContain("StackOverflow");
        assertThat(tmp.resolve("deep.json")).doesNotExist();
    }

    @Test
    void deeplyNestedJsonIsAnErrorNotAStackOverflow() throws IOException {
        Path f = tmp.resolve("deep.json");
        Files.writeString(f, "{\"schema_version\": \"1.0\", \"governance\": {\"custom_fields\": {\"x\": " + "[".repeat(100_000) + "}}}");
        Cli.Run r = Cli.run("convert", f.toString(), "-o", tmp.resolve("deep.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(f + ":1:").contains("error:").doesNotContain("StackOverflow");
        assertThat(tmp.resolve("deep.yaml")).doesNotExist();
    }

    @Test
    void aFailedConvertLeavesAnExistingOutputUntouched() throws IOException {
        Path out = tmp.resolve("keep.json");
        Files.writeString(out, "precious");
        Cli.Run r = Cli.run("convert", BAD.resolve("readme-broken-flow-list.md").toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(Files.readString(out)).isEqualTo("precious");
    }
}
