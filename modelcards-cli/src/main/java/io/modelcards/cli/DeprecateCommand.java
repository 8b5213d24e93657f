package io.modelcards.cli;

import picocli.CommandLine.Command;

/**
 * {@code modelcards deprecate MODEL VERSION}: Deprecate a published version: it stays readable, and gates no longer pass it.
 */
@Command(name = "deprecate", mixinStandardHelpOptions = true,
        description = "Deprecate a published version: it stays readable, and gates no longer pass it.")
final class DeprecateCommand extends Transition {
    @Override
    String action() {
        return "deprecate";
    }

    @Override
    String done() {
        return "deprecated";
    }
}
