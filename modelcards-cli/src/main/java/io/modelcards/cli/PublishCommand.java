package io.modelcards.cli;

import picocli.CommandLine.Command;

/**
 * {@code modelcards publish MODEL VERSION}: Publish an approved version: its card becomes the one people and pipelines use.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish an approved version: its card becomes the one people and pipelines use.")
final class PublishCommand extends Transition {
    @Override
    String action() {
        return "publish";
    }

    @Override
    String done() {
        return "published";
    }
}
