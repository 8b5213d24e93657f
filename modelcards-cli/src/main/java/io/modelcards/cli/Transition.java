package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.cli.remote.RegistryClient;
import io.modelcards.cli.remote.RegistryOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that asks the registry to move a version through its workflow ({@code submit}, {@code publish}, ...):
 * one POST to the version's action, then a line saying where the version now is, and why it stayed if it did.
 */
abstract class Transition implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionArgs target;

    @Mixin
    RegistryOptions registry;

    /** The action's name in the API path ({@code request-changes}). */
    abstract String action();

    /** The past tense for the first word of the result line ({@code submitted}). */
    abstract String done();

    /** The request body; none by default. */
    ObjectNode body() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public Integer call() {
        RegistryClient client = registry.client();
        JsonNode moved = client.postJson(target.path() + "/" + action(), body());
        PrintWriter out = spec.commandLine().getOut();
        String from = moved.path("from").asText("");
        String to = moved.path("to").asText(moved.path("version").path("state").asText(""));
        String move = from.isEmpty() || from.equals(to) ? "stays " + to : from + " → " + to;
        out.println(done() + " " + target.label() + ": " + move);
        for (JsonNode reason : moved.path("outcome").path("reasons")) {
            out.println("  " + reason.asText());
        }
        out.flush();
        return ExitCode.OK;
    }
}
