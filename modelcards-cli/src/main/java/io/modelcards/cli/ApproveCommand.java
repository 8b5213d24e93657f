package io.modelcards.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code modelcards approve MODEL VERSION}: records the caller's approval of the version's current revision; the
 * version moves to approved once the registry's approval policy is met.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve the current revision of a version in review.",
                "The version becomes approved once the registry's policy is met (enough reviewers, each review role, "
                        + "and for a high-risk card a written mitigation); until then it stays in review and the "
                        + "conditions still open are listed. Authors cannot approve their own revision."})
final class ApproveCommand extends Transition {
    @Option(names = "--comment", paramLabel = "TEXT", description = "Why you approve, kept with the review.")
    String comment;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "The review role you approve in (e.g. risk_owner), if the policy has roles.")
    String role;

    @Override
    String action() {
        return "approve";
    }

    @Override
    String done() {
        return "approved";
    }

    @Override
    ObjectNode body() {
        ObjectNode b = super.body();
        if (comment != null) {
            b.put("comment", comment);
        }
        if (role != null) {
            b.put("role", role);
        }
        return b;
    }
}
