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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards export MODEL VERSION -o DIR}: writes a version's card from a registry as a Hugging Face model
 * folder: README.md and the chart files it refers to, all or nothing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a version's card from a registry as a Hugging Face ready folder: README.md and its chart files.",
                "VERSION may be latest or latest-published."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionArgs target;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write README.md into.")
    Path dir;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        RegistryClient client = registry.client();
        RegistryClient.Answer a = client.get(target.path() + "/card?format=json", "application/json");
        ModelCard card;
        try {
            card = CardCodec.fromJson(a.body(), target.label());
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
