package io.modelcards.cli;

import io.modelcards.cli.validate.CardFinder;
import io.modelcards.cli.validate.FileReport;
import io.modelcards.cli.validate.ReportFormat;
import io.modelcards.cli.validate.Suppression;
import io.modelcards.cli.validate.Suppressions;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.policy.CardRules;
import io.modelcards.validate.Completeness;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards validate FILE|FOLDER...}: checks cards offline against the schema and the chosen rule packs.
 * Folders are searched for README.md and card files. Rules can be switched off by id ({@code --suppress}, or in the card).
 * The report is text (problems on stderr, a summary line per file on stdout), JSON, SARIF 2.1.0 or GitHub annotations;
 * exit 3 if any file has an error that is not suppressed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate cards offline. The schema rules always run; --rules adds packs:",
                "  hf        Hugging Face metadata rules (model-index, datasets, base_model, emissions)",
                "  complete  completeness score per section; fails under --threshold; warns on stale text",
                "  review    fails on text a person wrote against facts that changed since (stale)",
                "  annex-iv  each point of Annex IV of the EU AI Act (Regulation (EU) 2024/1689): an error per point the",
                "            card does not document, a warning per point it documents in part (not legal advice)",
                "  FILE      an organisation's rules from a policy file (.yaml, .yml or .json) with a rules: list",
                "A FOLDER is searched at every depth for README.md and card files (modelcard.json, card.yaml, NAME.modelcard.json).",
                "A card switches rules off in its metadata: modelcards: {suppress: [RULE, {rule: RULE, reason: TEXT}]}."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Cards to check (README.md, .json or .yaml), or folders holding them.")
    List<Path> files;

    @Option(names = "--rules", split = ",", paramLabel = "hf|complete|review|annex-iv|FILE",
            description = "Rule packs or policy files to add; repeatable or comma-separated.")
    List<String> rules = List.of();

    @Option(names = "--threshold", paramLabel = "0-100", defaultValue = "70",
            description = "Lowest completeness score the complete pack accepts (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--format", paramLabel = "text|json|sarif|github", defaultValue = "text",
            description = "How to report: text (default), json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations).")
    String format;

    @Option(names = "--suppress", split = ",", paramLabel = "RULE",
            description = "Switch a rule off by its id (hf/missing-license), or a pack's rules (hf/*); repeatable or comma-separated.")
    List<String> suppress = List.of();

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        Set<RulePack> packs = parsePacks();
        List<CardRules> policies = readPolicies();
        if (threshold < 0 || threshold > 100) {
            throw CliFailure.usage("--threshold", "usage/threshold", "--threshold must be 0 to 100, not " + threshold);
        }
        ReportFormat report = parseFormat();
        Suppressions switchedOff = parseSuppressions();
        CardFinder.Found found = CardFinder.find(files);
        List<FileReport> reports = new ArrayList<>();
        for (Diagnostic folder : found.problems()) {
            reports.add(new FileReport(folder.file(), List.of(folder), List.of(), null));
        }
        for (Path file : found.files()) {
            reports.add(check(file, packs, policies, switchedOff));
        }
        report.write(reports, Version.current(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return reports.stream().anyMatch(FileReport::failed) ? ExitCode.INVALID : ExitCode.OK;
    }

    private FileReport check(Path file, Set<RulePack> packs, List<CardRules> policies, Suppressions switchedOff) {
        List<Diagnostic> problems = new ArrayList<>();
        Integer score = null;
        Suppressions applying = switchedOff;
        try {
            LoadedCard loaded = CardFiles.load(file, lenient.lenient);
            problems.addAll(loaded.problems());
            applying = switchedOff.withCard(loaded.card(), loaded.sourceMap(), problems);
            problems.addAll(Validator.validate(loaded.card(), loaded.sourceMap(), packs, new ValidationOptions(threshold)));
            for (CardRules policy : policies) {
                problems.addAll(policy.check(loaded.card(), loaded.sourceMap()));
            }
            if (packs.contains(RulePack.COMPLETE)) {
                score = Completeness.score(loaded.card()).overall();
            }
        } catch (CliFailure f) {
            if (f.exitCode() != ExitCode.INVALID) {
                throw f;
            }
            problems.addAll(f.problems());
        }
        List<Diagnostic> counted = new ArrayList<>();
        List<FileReport.Suppressed> suppressed = new ArrayList<>();
        for (Diagnostic d : problems) {
            Optional<Suppression> by = applying.match(d);
            if (by.isPresent()) {
                suppressed.add(new FileReport.Suppressed(d, by.get()));
            } else {
                counted.add(d);
            }
        }
        return new FileReport(file.toString(), counted, suppressed, score);
    }

    private Set<RulePack> parsePacks() {
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        for (String r : rules) {
            if (CardRules.isPolicyFile(r)) {
                continue;
            }
            try {
                packs.add(RulePack.parse(r));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--rules", "usage/rules", e.getMessage());
            }
        }
        return packs;
    }

    /** The policy files among {@code --rules}; a file's mistakes are its own located problems, exit 3. */
    private List<CardRules> readPolicies() {
        List<CardRules> out = new ArrayList<>();
        for (String r : rules) {
            if (CardRules.isPolicyFile(r)) {
                try {
                    out.add(CardRules.read(Path.of(r)));
                } catch (InvalidInputException e) {
                    throw new CliFailure(ExitCode.INVALID, e.problems());
                }
            }
        }
        return out;
    }

    private ReportFormat parseFormat() {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--format", "usage/format", e.getMessage());
        }
    }

    private Suppressions parseSuppressions() {
        List<Suppression> all = new ArrayList<>();
        for (String id : suppress) {
            try {
                all.add(new Suppression(id, false, null));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--suppress", "usage/suppress", e.getMessage());
            }
        }
        return new Suppressions(all);
    }
}
