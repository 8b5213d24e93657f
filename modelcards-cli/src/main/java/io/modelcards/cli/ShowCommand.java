package io.modelcards.cli;

import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelcards show MODEL VERSION}: prints a version's card from a registry, as Markdown, HTML or JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print a version's card from a registry as Markdown (README.md), HTML or JSON.",
                "VERSION may be latest or latest-published."})
final class ShowCommand implements Callable<Integer> {
    private static final Map<String, String> MEDIA = Map.of("md", "text/markdown", "html", "text/html", "json", "application/json");

    @Spec
    CommandSpec spec;

    @Mixin
    VersionArgs target;

    @Option(names = "--format", paramLabel = "md|html|json", defaultValue = "md", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the card here instead of to stdout.")
    Path output;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        if (!MEDIA.containsKey(format)) {
            throw CliFailure.usage("--format", "usage/format", "unknown format '" + format + "': use md, html or json");
        }
        RegistryClient client = registry.client();
        RegistryClient.Answer a = client.get(target.path() + "/card?format=" + format, MEDIA.get(format));
        PrintWriter out = spec.commandLine().getOut();
        OutputFiles.write(output, a.body(), out);
        if (output != null) {
            out.println("wrote " + output + (a.etag() == null ? "" : " (revision " + a.etag().replace("\"", "") + ")"));
        }
        out.flush();
        return ExitCode.OK;
    }
}
