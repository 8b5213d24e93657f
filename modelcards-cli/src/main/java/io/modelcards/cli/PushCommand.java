package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import io.modelcards.codec.CardFormat;
import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code modelcards push CARD --model M --version V}: uploads a card to a registry as the version's new current
 * revision, creating the model and the version first when they do not exist. The card is read here first, so a bad
 * card is refused with its located problems before anything is sent.
 */
@Command(name = "push",
        description = {"Upload a card (README.md, .json or .yaml) to a registry as a version's current revision.",
                "Creates the model (owned by you) and the version (as a draft) when they do not exist. The first card "
                        + "of a new version is merged into the last published version's card, so people's text carries "
                        + "over and fields whose facts changed are marked stale."})
final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD", description = "The card: README.md, card.json or card.yaml.")
    Path card;

    // Not mixinStandardHelpOptions: its --version would take the name this command needs for the model's version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The model's name in the registry.")
    String model;

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The version, such as 1.2.0.")
    String version;

    @Option(names = "--if-match", paramLabel = "HASH",
            description = "Upload only if the version's current revision is still this one (sha256:...).")
    String ifMatch;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        CardFormat format = CardFiles.formatOf(card);
        CardFiles.load(card, false);
        byte[] body = read(card);
        RegistryClient client = registry.client();
        PrintWriter out = spec.commandLine().getOut();
        String modelPath = "/api/v1/models/" + RegistryClient.segment(model);
        if (client.find(modelPath).isEmpty()) {
            client.postJson("/api/v1/models", JsonNodeFactory.instance.objectNode().put("name", model));
            out.println("created model " + model);
        }
        String versionPath = RegistryClient.versionPath(model, version);
        if (client.find(versionPath).isEmpty()) {
            client.postJson(modelPath + "/versions", JsonNodeFactory.instance.objectNode().put("version", version));
            out.println("created version " + model + " " + version + " (draft)");
        }
        RegistryClient.Answer a = client.send("PUT", versionPath + "/card", body, contentType(format), "application/json",
                card.toString(), ifMatch);
        JsonNode r = client.parse(a.body());
        for (JsonNode w : r.path("merge_warnings")) {
            spec.commandLine().getErr().println(card + ":0:0: warning: " + w.path("message").asText(w.asText()));
        }
        spec.commandLine().getErr().flush();
        out.println("pushed " + card + " to " + model + " " + version + ": revision " + r.path("revision").path("hash").asText(
                r.path("hash").asText("?")));
        out.flush();
        return ExitCode.OK;
    }

    private static String contentType(CardFormat format) {
        return switch (format) {
            case README -> "text/markdown; charset=utf-8";
            case JSON -> "application/json";
            case YAML -> "application/yaml";
        };
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.INTERNAL, List.of(Diagnostic.error(file.toString(), 0, 0,
                    "io/read", "cannot read the card: " + e.getMessage())));
        }
    }
}
