package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.CardMappers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theProfileIsWrittenAndTheSummaryNamesRowsColumnsAndFiles() throws Exception {
        Path data = file("train.jsonl", "{\"text\": \"a b\", \"label\": 1}\n{\"text\": \"c\", \"label\": 0}\n");
        Path out = dir.resolve("profile.json");
        Cli.Run r = Cli.run("profile", data.toString(), "--split", "train", "--progress", "none", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("read 2 rows from 1 file: kept 2, skipped 0\nwrote " + out + " (2 rows, 2 columns)\n");
        JsonNode json = CardMappers.json().readTree(Files.readString(out));
        assertThat(json.get("rows").asLong()).isEqualTo(2);
        assertThat(json.get("name").asText()).isEqualTo("train");
        assertThat(json.get("split").asText()).isEqualTo("train");
        assertThat(json.get("method").asText()).isEqualTo("exact");
        assertThat(json.get("columns")).hasSize(2);
        for (JsonNode c : json.get("columns")) {
            assertThat(c.fieldNames()).toIterable()
                    .contains("name", "type", "count", "nulls", "distinct", "min", "max", "mean", "top");
        }
    }

    @Test
    void withoutOutputTheProfileGoesToStdout() throws Exception {
        Path data = file("d.csv", "a,b\n1,x\n");
        Cli.Run r = Cli.run("profile", data.toString(), "--progress", "none");
        assertThat(r.exitCode()).isZero();
        assertThat(CardMappers.json().readTree(r.out()).get("rows").asLong()).isEqualTo(1);
    }

    @Test
    void badRowsAreReportedOnStderrAndSkipped() throws Exception {
        Path data = file("d.jsonl", "{\"a\": 1}\n{\"a\": }\n{\"a\": 3}\n");
        Cli.Run r = Cli.run("profile", data.toString(), "--progress", "none");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo(data + ":2:7: error: expected a value, found '}' [profile/invalid-json]\n"
                + "read 3 rows from 1 file: kept 2, skipped 1 [profile/invalid-json: 1]\n"
                + "wrote the profile to standard output (2 rows, 1 column)\n");
        assertThat(CardMappers.json().readTree(r.out()).get("rows").asLong()).isEqualTo(2);
    }

    @Test
    void strictModeFailsOnTheFirstBadRowAndWritesNothing() throws Exception {
        Path data = file("d.csv", "a,b\n1,2\n3\n4,5\n");
        Path out = dir.resolve("p.json");
        Cli.Run r = Cli.run("profile", data.toString(), "--strict", "--progress", "none", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).isEqualTo(data + ":3:1: error: expected 2 fields as in the header, found 1 [profile/ragged-row]\n");
        assertThat(out).doesNotExist();
        assertThat(r.leaksNoStackTrace()).isTrue();
    }

    @Test
    void moreProblemsThanExamplesAreCounted() throws Exception {
        StringBuilder s = new StringBuilder("a,b\n");
        for (int i = 0; i < 8; i++) {
            s.append("1\n");
        }
        Cli.Run r = Cli.run("profile", file("d.csv", s.toString()).toString(), "--progress", "none");
        assertThat(r.err()).endsWith("... and 3 more [profile/ragged-row]\n"
                + "read 8 rows from 1 file: kept 0, skipped 8 [profile/ragged-row: 8]\n"
                + "wrote the profile to standard output (0 rows, 2 columns)\n");
        assertThat(r.err().lines()).hasSize(8);
    }

    @Test
    void aMissingFileIsAnInvalidInputError() {
        Cli.Run r = Cli.run("profile", dir.resolve("nope.csv").toString(), "--progress", "none");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).isEqualTo(dir.resolve("nope.csv") + ":0:0: error: no such file or folder: check the path [input/not-found]\n");
    }

    @Test
    void anUnknownFormatIsNamed() throws Exception {
        Path data = file("d.xlsx", "x");
        Cli.Run r = Cli.run("profile", data.toString(), "--progress", "none");
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("unknown data format: name the file .csv, .tsv, .jsonl, .ndjson or .parquet");
    }

    @Test
    void aBadProgressModeIsAUsageError() throws Exception {
        Cli.Run r = Cli.run("profile", file("d.csv", "a\n1\n").toString(), "--progress", "fancy");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--progress must be auto, bar, lines or none, not fancy");
    }

    @Test
    void plainProgressLinesEndWithTheFullCount() throws Exception {
        Cli.Run r = Cli.run("profile", file("d.csv", "a\n1\n2\n").toString(), "--progress", "lines");
        assertThat(r.err()).matches("(?s)profile: 100% 0\\.0 MB/0\\.0 MB, 2 rows, .* rows/s, .*, ETA 0 s\n"
                + "read 2 rows from 1 file: kept 2, skipped 0\nwrote the profile to standard output \\(2 rows, 1 column\\)\n");
    }

    @Test
    void anEmptyFileIsReportedWithItsPath() throws Exception {
        Path data = file("e.jsonl", "");
        Cli.Run r = Cli.run("profile", data.toString(), "--progress", "none");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo(data + ":1:1: error: the file is empty: it has no rows [profile/empty-file]\n"
                + "read 0 rows from 1 file: kept 0, skipped 0; other problems: 1 [profile/empty-file: 1]\n"
                + "wrote the profile to standard output (0 rows, 0 columns)\n");
    }

    @Test
    void theSummaryCountsSkippedRowsByProblemCodeAndNamesTheFileWritten() throws Exception {
        Path data = file("d.csv", "a,b\n1,2\n3\n4,5,6\n7,8\n10,9\n");
        Path out = dir.resolve("p.json");
        Cli.Run r = Cli.run("profile", data.toString(), "--progress", "none", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("read 5 rows from 1 file: kept 3, skipped 2 [profile/ragged-row: 2]\n"
                + "wrote " + out + " (3 rows, 2 columns)\n");
    }

    @Test
    void theSummaryCountsRowsOverEveryFileAndListsWarningsApart() throws Exception {
        Path a = file("a.jsonl", "{\"x\": 1}\n{\"x\": }\n");
        Path b = file("b.jsonl", "{\"x\": 2}\n{\"x\": 3}\n{\"x\": \"four\"}\n{\"x\": 5\n");
        Path out = dir.resolve("p.json");
        Cli.Run r = Cli.run("profile", a.toString(), b.toString(), "--progress", "none", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("read 6 rows from 2 files: kept 4, skipped 2 [profile/invalid-json: 2]; "
                + "other problems: 1 [profile/mixed-types: 1]\nwrote " + out + " (4 rows, 1 column)\n");
    }
}
