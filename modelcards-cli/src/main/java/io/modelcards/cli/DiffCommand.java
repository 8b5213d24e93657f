package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diff.CardDiff;
import io.modelcards.diff.Diff;
import io.modelcards.diff.DiffJson;
import io.modelcards.diff.DiffMarkdown;
import io.modelcards.diff.DiffText;
import io.modelcards.diff.Identity;
import io.modelcards.diff.Regressions;
import io.modelcards.diff.Regressions.Regression;
import io.modelcards.diff.Verdict;
import io.modelcards.diff.MetricChange;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards diff OLD NEW} (two card files) or {@code modelcards diff MODEL V1 V2} (two versions in a registry):
 * what changed between two versions of a card, as text, Markdown or JSON; with
 * {@code --fail-on}, a gate that exits 3 when a metric got worse by more than allowed.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions of a card: two files (README.md, .json or .yaml), or "
                + "MODEL V1 V2 in a registry (--server).",
                "Compares metadata, evaluation results, datasets and their distribution shift, hyperparameters and the "
                        + "training curve, people's text, stale fields, risk and governance.",
                "With --fail-on, exit 3 when a metric got worse by more than --tolerance (and, when both results have "
                        + "confidence intervals, by more than they allow): a check to run before deploying a retrained model."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD|MODEL", description = "The earlier card, or with V2 a model in a registry.")
    String old;

    @Parameters(index = "1", paramLabel = "NEW|V1", description = "The later card, or with V2 the earlier version.")
    String now;

    @Parameters(index = "2", arity = "0..1", paramLabel = "V2",
            description = "The later version: compares MODEL V1 V2 in the registry given by --server.")
    String laterVersion;

    @Option(names = "--format", paramLabel = "text|md|json", defaultValue = "text",
            description = "text for a terminal, md for a pull-request comment, json for tools "
                    + "(schema/diff-1.0.schema.json). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--fail-on", paramLabel = "regression|any-regression",
            description = "Exit 3 when the primary metric (regression) or any metric (any-regression) got worse.")
    String failOn;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0",
            description = "How much worse a metric may get before --fail-on fails, in the metric's units. Default: ${DEFAULT-VALUE}.")
    double tolerance;

    @Option(names = "--allow-different-models", description = "Compare cards that name different models.")
    boolean allowDifferentModels;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff here instead of to stdout.")
    Path output;

    @Mixin
    LenientOption lenient;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        Regressions.Scope scope = scope();
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw CliFailure.usage("--tolerance", "usage/tolerance", "--tolerance must be a number of zero or more, not " + tolerance);
        }
        if (!List.of("text", "md", "json").contains(format)) {
            throw CliFailure.usage("--format", "usage/format", "unknown format '" + format + "': use text, md or json");
        }
        PrintWriter err = spec.commandLine().getErr();
        ModelCard a;
        ModelCard b;
        if (laterVersion == null) {
            a = local(old, err);
            b = local(now, err);
        } else {
            RegistryClient client = registry.client();
            a = remote(client, old, now);
            b = remote(client, old, laterVersion);
            String model = old;
            old = model + " " + now;
            now = model + " " + laterVersion;
        }
        Identity id = CardDiff.identity(a, b);
        if (id.differentModels() && !allowDifferentModels) {
            throw CliFailure.invalid(Diagnostic.error(now, 0, 0, "diff/different-models", "this card describes model '"
                    + id.nowName() + "' and " + old + " describes '" + id.oldName() + "': compare two versions of one model, "
                    + "or pass --allow-different-models"));
        }
        Diff diff = CardDiff.of(a, b);
        String text = switch (format) {
            case "md" -> DiffMarkdown.write(diff);
            case "json" -> DiffJson.write(diff);
            default -> DiffText.write(diff);
        };
        OutputFiles.write(output, text, spec.commandLine().getOut());
        if (scope == null) {
            return ExitCode.OK;
        }
        for (MetricChange m : diff.evaluation()) {
            if (m.verdict() == Verdict.REMOVED && (m.primary() || scope == Regressions.Scope.ANY)) {
                err.println(Diagnostic.warning(now, 0, 0, "diff/metric-removed", (m.primary() ? "primary metric " : "metric ")
                        + m.metric() + " on " + m.where() + " (" + m.source().word() + ") is in " + old + " but not in this card: "
                        + "the gate cannot check it; evaluate the new model on it again").format());
            }
        }
        List<Regression> regressions = Regressions.find(diff, scope, tolerance);
        for (Regression r : regressions) {
            err.println(Diagnostic.error(now, 0, 0, "diff/regression", describe(r)).format());
        }
        err.flush();
        return regressions.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }

    private ModelCard local(String file, PrintWriter err) {
        LoadedCard loaded = CardFiles.load(Path.of(file), lenient.lenient);
        CardFiles.printProblems(loaded.problems(), err);
        return loaded.card();
    }

    private static ModelCard remote(RegistryClient client, String model, String version) {
        String body = client.get(RegistryClient.versionPath(model, version) + "/card?format=json", "application/json").body();
        try {
            return CardCodec.fromJson(body, model + " " + version);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INTERNAL, e.problems());
        }
    }

    private Regressions.Scope scope() {
        if (failOn == null) {
            return null;
        }
        return switch (failOn) {
            case "regression" -> Regressions.Scope.PRIMARY;
            case "any-regression" -> Regressions.Scope.ANY;
            default -> throw CliFailure.usage("--fail-on", "usage/fail-on", "unknown value '" + failOn
                    + "' for --fail-on: use regression (the primary metric) or any-regression (every metric)");
        };
    }

    private String describe(Regression r) {
        MetricChange m = r.metric();
        String limit = m.beyondIntervals() == null ? "" : ", outside both confidence intervals";
        return (m.primary() ? "primary metric " : "metric ") + m.metric() + " on " + m.where() + " (" + m.source().word()
                + ") got worse by " + number(r.worseBy()) + " (" + number(m.old()) + " → " + number(m.now()) + "), more than the "
                + "tolerance " + number(tolerance) + limit + ": check the new model, or raise --tolerance if the drop is acceptable";
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
