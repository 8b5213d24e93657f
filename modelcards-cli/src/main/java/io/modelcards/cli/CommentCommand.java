package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.cli.remote.RegistryOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelcards comment MODEL VERSION --text TEXT}: comments on a version's current revision, on a field or a section. */
@Command(name = "comment", mixinStandardHelpOptions = true,
        description = {"Comment on a version's current revision in a registry, optionally on one field or section, or reply "
                + "to a comment."})
final class CommentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionArgs target;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The comment.")
    String text;

    @Option(names = "--field", paramLabel = "POINTER", description = "The field it is about, such as /uses/direct_use.")
    String field;

    @Option(names = "--section", paramLabel = "NAME", description = "The section it is about, such as Limitations.")
    String section;

    @Option(names = "--reply-to", paramLabel = "ID", description = "The comment this one answers.")
    Long replyTo;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", text);
        if (field != null) {
            body.put("pointer", field);
        }
        if (section != null) {
            body.put("section", section);
        }
        if (replyTo != null) {
            body.put("parent", replyTo);
        }
        JsonNode c = registry.client().postJson(target.path() + "/comments", body);
        PrintWriter out = spec.commandLine().getOut();
        out.println("comment " + c.path("id").asText("?") + " on " + target.label()
                + (field == null ? "" : " at " + field) + (section == null ? "" : " in " + section));
        out.flush();
        return ExitCode.OK;
    }
}
