package io.modelcards.cli;

import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardWriter;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.merge.CardMerge;
import io.modelcards.merge.Decision;
import io.modelcards.merge.MergeOptions;
import io.modelcards.merge.MergeResult;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.render.jinja.RenderOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards merge --captured NEW --into PREVIOUS -o OUT}: a new capture merged into the previous card of the same
 * model ({@link CardMerge}); a README output keeps the previous README's layout.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge a new capture into the previous card of the same model: what a person wrote comes from the "
                + "previous card, what was captured comes from the new one.",
                "Each of NEW, PREVIOUS and OUT is a README.md, .json or .yaml file. A README output keeps the previous "
                        + "README's layout and writes its generated parts anew. Conflicts are warnings; cards of different "
                        + "models are refused."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--captured", required = true, paramLabel = "NEW", description = "The card of the new training run.")
    Path captured;

    @Option(names = "--into", required = true, paramLabel = "PREVIOUS",
            description = "The previous card, with the text people wrote.")
    Path previous;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The merged card; its extension picks the format. It may be PREVIOUS itself.")
    Path output;

    @Option(names = "--explain", description = "Print where each field of the merged card came from, and why.")
    boolean explain;

    @Option(names = "--drop-missing", description = "Drop a captured field the new capture no longer has, instead of "
            + "keeping it with a warning.")
    boolean dropMissing;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        CardFormat target = CardFiles.formatOf(output);
        CardFiles.formatOf(captured);
        CardFiles.formatOf(previous);
        LoadedCard now = CardFiles.load(captured, lenient.lenient);
        LoadedCard was = CardFiles.load(previous, lenient.lenient);
        PrintWriter err = spec.commandLine().getErr();
        CardFiles.printProblems(now.problems(), err);
        CardFiles.printProblems(was.problems(), err);
        MergeResult result;
        try {
            result = CardMerge.merge(now.card(), was.card(), new MergeOptions(dropMissing));
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, located(e.problems(), was.sourceMap()));
        }
        String text;
        Map<String, byte[]> attachments = Map.of();
        if (target != CardFormat.README) {
            text = CardWriter.write(result.card(), target);
        } else {
            RenderedCard r = CardRenderer.create().renderKeepingLayout(result.card(), RenderOptions.DEFAULT);
            if (r.hasErrors()) {
                throw new CliFailure(ExitCode.INVALID, r.problems());
            }
            text = r.output();
            attachments = r.attachments();
        }
        CardFiles.printProblems(located(result.problems(), was.sourceMap()), err);
        if (explain) {
            PrintWriter to = output.toString().equals("-") ? err : spec.commandLine().getOut();
            for (Decision d : result.decisions()) {
                to.println(d.from().name().toLowerCase(Locale.ROOT) + " " + d.pointer() + ": " + d.why());
            }
            to.flush();
        }
        OutputFiles.write(output, text, attachments, spec.commandLine().getOut(), err);
        return ExitCode.OK;
    }

    /** The merge's problems placed in the previous card's file, at the field or the nearest part around it it locates. */
    private static List<Diagnostic> located(List<Diagnostic> problems, SourceMap map) {
        return problems.stream().map(d -> {
            String p = d.pointer() == null ? "" : d.pointer();
            SourceMap.Position at = null;
            while (at == null && !p.isEmpty()) {
                at = map.locate(p).orElse(null);
                p = p.substring(0, p.lastIndexOf('/'));
            }
            return new Diagnostic(d.severity(), map.file(), at == null ? 0 : at.line(), at == null ? 0 : at.column(), d.code(),
                    d.message(), d.pointer());
        }).toList();
    }
}
