package io.modelcards.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code modelcards request-changes MODEL VERSION --comment TEXT}: sends a version in review back to its authors. */
@Command(name = "request-changes", mixinStandardHelpOptions = true,
        description = {"Request changes to a version in review: it goes back to its authors with your comment.",
                "A change request outweighs any number of approvals until you approve a later revision."})
final class RequestChangesCommand extends Transition {
    @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "What must change (required).")
    String comment;

    @Option(names = "--role", paramLabel = "ROLE", description = "The review role you review in, if the policy has roles.")
    String role;

    @Override
    String action() {
        return "request-changes";
    }

    @Override
    String done() {
        return "requested changes to";
    }

    @Override
    ObjectNode body() {
        ObjectNode b = super.body().put("comment", comment);
        return role == null ? b : b.put("role", role);
    }
}
