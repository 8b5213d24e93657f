package io.modelcards.cli;

import io.modelcards.card.DataProblem;
import io.modelcards.cli.profile.ProfileJson;
import io.modelcards.cli.profile.ProgressPrinter;
import io.modelcards.cli.profile.Summary;
import io.modelcards.card.DatasetProfile;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.profile.Profiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards profile DATA...}: exact statistics over every row of a dataset, written as profile JSON.
 * Bad rows are reported on stderr (first examples and counts) and skipped, unless {@code --strict} makes the first
 * one fatal (exit 3).
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Profile a dataset: CSV, TSV, JSONL or Parquet files (optionally .gz or .zst), or folders of shards.",
                "Every row is read; figures beyond the stated sketch bounds are marked approximate."})
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "Files or folders of shards.")
    List<Path> data;

    @Option(names = "--name", paramLabel = "N", description = "Dataset name (default: the first file's name).")
    String name;

    @Option(names = "--split", paramLabel = "S", description = "Split name, e.g. train or test.")
    String split;

    @Option(names = "--label", paramLabel = "COL", description = "Label column (default: one named label, target, class or y).")
    String label;

    @Option(names = "--tokenizer", paramLabel = "tokenizer.json", description = "HuggingFace tokenizer to count tokens of text columns.")
    Path tokenizer;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "5", description = "Sample rows to keep (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict", description = "Fail on the first bad row instead of reporting and skipping it.")
    boolean strict;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "Longest line (record) read; longer ones are reported and skipped (default: 64 MiB).")
    int maxLineBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
            description = "Progress on stderr: a bar on a terminal, plain lines otherwise (default: ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = {"-o", "--output"}, paramLabel = "profile.json", description = "Where to write the profile (default: stdout).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sample < 0) {
            throw usage("--sample", "--sample must be 0 or more, not " + sample);
        }
        if (maxLineBytes < 1) {
            throw usage("--max-line-bytes", "--max-line-bytes must be 1 or more, not " + maxLineBytes);
        }
        if (threads != null && threads < 1) {
            throw usage("--threads", "--threads must be 1 or more, not " + threads);
        }
        if (tokenizer != null && !Files.isRegularFile(tokenizer)) {
            throw CliFailure.invalid(Diagnostic.error(tokenizer.toString(), 0, 0, "input/not-found",
                    "no such tokenizer file: give the path of a HuggingFace tokenizer.json"));
        }
        ProfileJson.prepareInBackground();
        ProgressPrinter printer = new ProgressPrinter(err, mode());
        Profiler.Builder b = Profiler.builder().optName(name).optSplit(split).optLabel(label).optTokenizer(tokenizer)
                .optSample(sample).optSeed(seed).optStrict(strict).optMaxLineBytes(maxLineBytes).optProgress(printer);
        if (threads != null) {
            b.optThreads(threads);
        }
        data.forEach(b::addInput);
        DatasetProfile profile;
        try {
            profile = b.build().run();
        } catch (InvalidInputException e) {
            printer.close();
            throw new CliFailure(ExitCode.INVALID, e.problems());
        } catch (IOException e) {
            printer.close();
            throw new UncheckedIOException(e);
        }
        report(profile.problems(), err);
        String json = ProfileJson.of(profile);
        OutputFiles.write(output, json, out);
        boolean toFile = output != null && !output.toString().equals("-");
        // The summary goes to stdout unless the profile itself is there: then stderr keeps the JSON parseable.
        PrintWriter summary = toFile ? out : err;
        Summary.lines(profile, toFile ? output.toString() : null).forEach(summary::println);
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    private ProgressPrinter.Mode mode() {
        return switch (progress.toLowerCase(Locale.ROOT)) {
            case "bar" -> ProgressPrinter.Mode.BAR;
            case "lines" -> ProgressPrinter.Mode.LINES;
            case "none" -> ProgressPrinter.Mode.NONE;
            // Java 17 cannot ask whether stderr alone is a terminal; a console means stdin and stdout are.
            case "auto" -> System.console() != null ? ProgressPrinter.Mode.BAR : ProgressPrinter.Mode.LINES;
            default -> throw usage("--progress", "--progress must be auto, bar, lines or none, not " + progress);
        };
    }

    /** Prints each problem's first examples, then how many more there were. */
    static void report(List<DataProblem> problems, PrintWriter err) {
        for (DataProblem p : problems) {
            p.examples().forEach(err::println);
            long more = p.count() - p.examples().size();
            if (more > 0) {
                err.println(String.format(Locale.ROOT, "... and %,d more [%s]", more, p.code()));
            }
        }
        err.flush();
    }

    private static CliFailure usage(String option, String message) {
        return CliFailure.usage(option, "usage/" + option.substring(2), message);
    }
}
