package io.modelcards.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The "who, when and where" a command records for a person's edit: {@code --by}, {@code --at} and the file. */
final class Authors {
    private Authors() {}

    /** The author given with {@code --by}, trimmed; a blank one is a usage error. */
    static String name(String by) {
        if (by == null || by.isBlank()) {
            throw CliFailure.usage("--by", "usage/by", "--by needs a name: say who wrote or checked the text, such as --by alice");
        }
        return by.strip();
    }

    /** {@code --at} as an ISO-8601 UTC instant, or now to the second when it is not given. */
    static String time(String at) {
        if (at == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        }
        try {
            return Instant.parse(at).toString();
        } catch (DateTimeParseException e) {
            throw CliFailure.usage("--at", "usage/at", "--at '" + at + "' is not an ISO-8601 instant: write it like "
                    + "2026-12-06T05:00:00Z");
        }
    }

    /**
     * The file a value was written in, as provenance records it: its name only, since the folder it sat in on this
     * machine means nothing to the card's later readers.
     */
    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
