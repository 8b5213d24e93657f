package io.modelcards.cli;

import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.validate.Completeness;
import io.modelcards.validate.CompletenessReport;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards validate FILE...}: checks cards offline against the schema and the chosen rule packs.
 * Problems go to stderr, one line each; a summary line per file goes to stdout; exit 3 if any file has an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate cards offline. The schema rules always run; --rules adds packs:",
                "  hf        Hugging Face metadata rules (model-index, datasets, base_model, emissions)",
                "  complete  completeness score per section; fails under --threshold; warns on stale text",
                "  review    fails on text a person wrote against facts that changed since (stale)",
                "  annex-iv  each point of Annex IV of the EU AI Act (Regulation (EU) 2024/1689): an error per point the",
                "            card does not document, a warning per point it documents in part (not legal advice)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Cards to check: README.md, .json or .yaml.")
    List<Path> files;

    @Option(names = "--rules", split = ",", paramLabel = "hf|complete|review|annex-iv",
            description = "Rule packs to add; repeatable or comma-separated.")
    List<String> rules = List.of();

    @Option(names = "--threshold", paramLabel = "0-100", defaultValue = "70",
            description = "Lowest completeness score the complete pack accepts (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        Set<RulePack> packs = parsePacks();
        if (threshold < 0 || threshold > 100) {
            throw CliFailure.usage("--threshold", "usage/threshold", "--threshold must be 0 to 100, not " + threshold);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            List<Diagnostic> problems = new ArrayList<>();
            CompletenessReport score = null;
            try {
                LoadedCard loaded = CardFiles.load(file, lenient.lenient);
                problems.addAll(loaded.problems());
                problems.addAll(Validator.validate(loaded.card(), loaded.sourceMap(), packs, new ValidationOptions(threshold)));
                if (packs.contains(RulePack.COMPLETE)) {
                    score = Completeness.score(loaded.card());
                }
            } catch (CliFailure f) {
                if (f.exitCode() != ExitCode.INVALID) {
                    throw f;
                }
                problems.addAll(f.problems());
            }
            problems.forEach(d -> err.println(d.format()));
            long errors = problems.stream().filter(d -> d.severity() == Severity.ERROR).count();
            long warnings = problems.stream().filter(d -> d.severity() == Severity.WARNING).count();
            failed |= errors > 0;
            out.println(file + ": " + (errors == 0 ? "ok" : plural(errors, "error"))
                    + (warnings == 0 ? "" : ", " + plural(warnings, "warning"))
                    + (score == null ? "" : ", completeness " + score.overall() + "/100"));
        }
        err.flush();
        out.flush();
        return failed ? ExitCode.INVALID : ExitCode.OK;
    }

    private Set<RulePack> parsePacks() {
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        for (String r : rules) {
            try {
                packs.add(RulePack.parse(r));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--rules", "usage/rules", e.getMessage());
            }
        }
        return packs;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
