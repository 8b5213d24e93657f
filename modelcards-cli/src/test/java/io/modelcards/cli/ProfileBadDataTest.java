package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.CardMappers;
import io.modelcards.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-data corpus of {@code modelcards profile} ({@code src/test/resources/bad-data/cases.tsv}): ragged rows,
 * invalid JSON lines, mixed types, invalid UTF-8, empty files, over-long lines. Leniently, each bad row is reported
 * with its line and column (first examples plus a count) and skipped; with {@code --strict} the first error fails the
 * run and nothing is written.
 */
class ProfileBadDataTest {
    static final Path BAD = Path.of("src/test/resources/bad-data");

    @TempDir
    Path tmp;

    record Case(String file, List<String> extra, long rows) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String row : Files.readAllLines(BAD.resolve("cases.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String[] cols = row.split("\t");
            out.add(new Case(cols[0], cols[1].equals("-") ? List.of() : Arrays.asList(cols[1].split(" ")),
                    Long.parseLong(cols[2])));
        }
        return out;
    }

    private Cli.Run run(Case c, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("profile", BAD.resolve(c.file()).toString(), "--progress", "none",
                "-o", out.toString()));
        args.addAll(c.extra());
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicTest> badRowsAreReportedWithTheirLinesAndSkipped() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            Path out = tmp.resolve(c.file() + ".json");
            Cli.Run r = run(c, out);
            assertThat(r.exitCode()).isZero();
            assertThat(r.leaksNoStackTrace()).isTrue();
            Golden.assertMatches(BAD.resolve(c.file() + ".expected"), r.err());
            assertThat(CardMappers.json().readTree(Files.readString(out)).get("rows").asLong()).isEqualTo(c.rows());
        }));
    }

    @TestFactory
    Stream<DynamicTest> strictModeStopsAtTheFirstErrorAndWritesNothing() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            String expected = Files.readString(BAD.resolve(c.file() + ".expected"), StandardCharsets.UTF_8);
            String firstError = expected.lines().filter(l -> l.contains(": error: ")).findFirst().orElse(null);
            Path out = tmp.resolve(c.file() + ".strict.json");
            Cli.Run r = run(c, out, "--strict");
            assertThat(r.leaksNoStackTrace()).isTrue();
            if (firstError == null) {
                assertThat(r.exitCode()).isZero();
                assertThat(out).exists();
            } else {
                assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
                assertThat(r.err()).isEqualTo(firstError + "\n");
                assertThat(out).doesNotExist();
            }
        }));
    }
}
