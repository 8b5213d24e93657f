package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.render.card.TemplateChoice;
import io.modelcards.render.html.ImageFolder;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.standards.Exporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards export CARD --to FORMAT -o FILE}: writes a card file in another standard's format
 * ({@link StandardExport}); {@code modelcards export MODEL VERSION -o DIR}: writes a version's card from a registry as a
 * Hugging Face model folder: README.md and the chart files it refers to, all or nothing. {@code --to} chooses the form.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a card in another standard's format, or a registry version's card as a Hugging Face folder.",
                "With --to (cyclonedx, mct, sagemaker or spdx): CARD is a card file (README.md, .json or .yaml) and FILE the "
                        + "document to write; each card value the format cannot carry is printed as a warning. The creation time "
                        + "written is now, or SOURCE_DATE_EPOCH when set.",
                "Without --to: MODEL VERSION name a registry version (VERSION may be latest or latest-published) and DIR the "
                        + "folder to write README.md and its chart files into."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "CARD | MODEL VERSION",
            description = "A card file with --to; otherwise the model's name in the registry and its version.")
    List<String> args = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "With --to, the file to write (- for stdout); otherwise the folder to write README.md into.")
    Path output;

    @Option(names = "--to", paramLabel = "FORMAT", description = "The format to write: cyclonedx, mct, sagemaker or spdx.")
    String to;

    @Option(names = "--spec", paramLabel = "VERSION",
            description = "The format's version, for formats with several (cyclonedx: 1.6 or 1.7); default: the first "
                    + "version --explain lists.")
    String specVersion;

    @Option(names = "--status", paramLabel = "STATE", description = "The card's workflow state, for formats that record one "
            + "(sagemaker): draft, in_review, changes_requested, approved, published, deprecated or archived.")
    String status;

    @Option(names = "--explain", description = "Print the format's mapping (card field → format field → note) and exit.")
    boolean explain;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        if (to != null) {
            return standard();
        }
        for (String only : new String[] {specVersion == null ? null : "--spec", status == null ? null : "--status",
                explain ? "--explain" : null}) {
            if (only != null) {
                throw CliFailure.usage(only, "usage/needs-to", only + " goes with --to FORMAT: name the format to write");
            }
        }
        if (args.size() != 2 || output == null) {
            throw CliFailure.usage("export", "usage/arguments", "use export CARD --to FORMAT -o FILE, or export MODEL VERSION -o DIR");
        }
        return registryVersion(args.get(0), args.get(1), output);
    }

    private Integer standard() {
        Exporter exporter = StandardExport.exporter(to, specVersion);
        String state = StandardExport.status(status);
        PrintWriter out = spec.commandLine().getOut();
        if (explain) {
            StandardExport.explain(exporter, out);
            return ExitCode.OK;
        }
        if (args.size() != 1 || output == null) {
            throw CliFailure.usage("export", "usage/arguments", "use export CARD --to " + to + " -o FILE: one card file and "
                    + "the file to write");
        }
        StandardExport.export(exporter, Path.of(args.get(0)), output, specVersion, state,
                SourceDate.created(System::getenv, Instant.now()), out, spec.commandLine().getErr());
        return ExitCode.OK;
    }

    private Integer registryVersion(String model, String version, Path dir) {
        RegistryClient client = registry.client();
        RegistryClient.Answer a = client.get(RegistryClient.versionPath(model, version) + "/card?format=json", "application/json");
        ModelCard card;
        try {
            card = CardCodec.fromJson(a.body(), model + " " + version);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INTERNAL, e.problems());
        }
        RenderRequest request = new RenderRequest(card, OutputFormat.MD, TemplateChoice.AUTO, RenderOptions.DEFAULT,
                ImageFolder.none());
        RenderedCard result = CardRenderer.create().render(request);
        if (result.hasErrors()) {
            throw new CliFailure(ExitCode.INVALID, result.problems());
        }
        PrintWriter out = spec.commandLine().getOut();
        Path readme = dir.resolve("README.md");
        OutputFiles.write(readme, result.output(), result.attachments(), out, spec.commandLine().getErr());
        out.println("wrote " + readme + (result.attachments().isEmpty() ? "" : " and " + String.join(", ",
                result.attachments().keySet())) + (a.etag() == null ? "" : " (revision " + a.etag().replace("\"", "") + ")"));
        out.flush();
        return ExitCode.OK;
    }
}
