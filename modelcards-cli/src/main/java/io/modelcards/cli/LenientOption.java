package io.modelcards.cli;

import picocli.CommandLine.Option;

/** The {@code --lenient} option every command that reads cards shares (a picocli mixin). */
final class LenientOption {
    @Option(names = "--lenient", description = "Drop an invalid model-index with a warning instead of failing.")
    boolean lenient;
}
