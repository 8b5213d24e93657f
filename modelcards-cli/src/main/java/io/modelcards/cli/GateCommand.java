package io.modelcards.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.cli.remote.RegistryOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards gate MODEL VERSION}: the deployment gate. Exit 0 only when the registry says the version may be
 * deployed; otherwise exit 3 with every reason, one per line. The registry records each decision in its audit log.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Ask a registry whether a version may be deployed: exit 0 if so, else exit 3 with every reason.",
                "Passes only when the version is in the required state, its card is the one that was approved, the audit "
                        + "chain verifies, and the policy (minimum metrics, high risk signed off, no stale fields) is met. "
                        + "Each decision is recorded in the registry's audit log."})
final class GateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VersionArgs target;

    @Option(names = "--require", paramLabel = "published|approved", description = "The state required (default: published, "
            + "or the policy's).")
    String require;

    @Option(names = "--policy", paramLabel = "FILE", description = "A gate policy (YAML or JSON), sent with the request.")
    Path policy;

    @Mixin
    RegistryOptions registry;

    @Override
    public Integer call() {
        if (require != null && !require.equals("published") && !require.equals("approved")) {
            throw CliFailure.usage("--require", "usage/require", "--require is published or approved, not '" + require + "'");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (require != null) {
            body.put("require", require);
        }
        if (policy != null) {
            body.put("policy", InputFiles.read(policy, policy.toString()));
            body.put("policy_name", policy.getFileName().toString());
        }
        JsonNode d = registry.client().postJson(target.path() + "/gate", body);
        PrintWriter out = spec.commandLine().getOut();
        if (d.path("pass").asBoolean(false)) {
            String summary = d.path("summary").asText("").strip();
            out.println("gate passed: " + (summary.isEmpty() ? target.label() : summary));
            out.flush();
            return ExitCode.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (JsonNode reason : d.path("reasons")) {
            err.println(target.label() + ": " + reason.asText());
        }
        err.flush();
        return ExitCode.INVALID;
    }
}
