package io.modelcards.cli;

import picocli.CommandLine.Command;

/**
 * {@code modelcards submit MODEL VERSION}: Submit a draft for review (runs the registry's rule packs; every failure is listed).
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit a draft for review (runs the registry's rule packs; every failure is listed).")
final class SubmitCommand extends Transition {
    @Override
    String action() {
        return "submit";
    }

    @Override
    String done() {
        return "submitted";
    }
}
