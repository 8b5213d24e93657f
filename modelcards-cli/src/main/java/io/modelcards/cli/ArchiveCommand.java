package io.modelcards.cli;

import picocli.CommandLine.Command;

/**
 * {@code modelcards archive MODEL VERSION}: Archive a version that is not published: it leaves the workflow.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Archive a version that is not published: it leaves the workflow.")
final class ArchiveCommand extends Transition {
    @Override
    String action() {
        return "archive";
    }

    @Override
    String done() {
        return "archived";
    }
}
