package io.modelcards.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of a command that records a person's act on a card ({@code set}, {@code confirm}): who ({@code --by}),
 * when ({@code --at}) and where the card goes ({@code -o}). A picocli mixin, so that both commands say it alike.
 */
final class PersonEdit {
    @Option(names = "--by", required = true, paramLabel = "NAME",
            description = "Who wrote or re-read the text (recorded in the card's provenance).")
    String by;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "When, such as 2026-12-06T05:00:00Z (default: now), for scripts and tests.")
    String at;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write here (README.md, .json or .yaml); default: CARD itself, in its format.")
    Path output;

    /** The author, checked (a blank one is a usage error). */
    String author() {
        return Authors.name(by);
    }

    /** The time as an ISO-8601 UTC instant, checked; now when {@code --at} is not given. */
    String time() {
        return Authors.time(at);
    }

    /** Where the card is written: {@code -o}, else {@code input} itself; an unknown extension is a usage error. */
    Path target(Path input) {
        Path target = output == null ? input : output;
        CardFiles.formatOf(target);
        return target;
    }
}
