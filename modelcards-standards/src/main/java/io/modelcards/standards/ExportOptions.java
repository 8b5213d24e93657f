package io.modelcards.standards;

import java.time.Instant;
import java.util.Objects;

/**
 * How to write an export.
 *
 * @param specVersion the format's version where it has several ({@code 1.6} or {@code 1.7} for CycloneDX), or null for
 *                    the format's default
 * @param created     the document's creation time (CycloneDX {@code metadata.timestamp}, SPDX {@code created}); fixed
 *                    by the caller so that the same card and time give the same bytes
 * @param status      the card's registry state ({@code draft}, {@code in_review}, {@code approved}, {@code published},
 *                    {@code deprecated}, {@code archived}) for formats that carry one, or null when not known
 */
public record ExportOptions(String specVersion, Instant created, String status) {
    public ExportOptions {
        Objects.requireNonNull(created, "created");
    }

    /** The format's default version, no registry state. */
    public static ExportOptions at(Instant created) {
        return new ExportOptions(null, created, null);
    }
}
