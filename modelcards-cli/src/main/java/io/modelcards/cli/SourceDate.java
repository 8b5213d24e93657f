package io.modelcards.cli;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The creation time written into exports: the current time, or {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) when it is set, so that the same card gives the same bytes in a build.
 */
final class SourceDate {
    static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDate() {}

    /** The time to write; a set but malformed variable is a usage error that names it. */
    static Instant created(UnaryOperator<String> env, Instant now) {
        String v = env.apply(VARIABLE);
        if (v == null || v.isBlank()) {
            return now;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw CliFailure.usage(VARIABLE, "usage/source-date-epoch", VARIABLE + " is '" + v
                    + "', not a whole number of seconds since 1970: set it like " + VARIABLE + "=1700000000, or unset it");
        }
    }
}
