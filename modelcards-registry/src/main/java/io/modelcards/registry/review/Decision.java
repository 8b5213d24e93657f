package io.modelcards.registry.review;

import java.util.Locale;
import java.util.Optional;

/** What a reviewer decides about a revision. */
public enum Decision {
    /** The revision may be approved, as far as this reviewer is concerned. */
    APPROVE,
    /** The authors must change the revision; always with a comment saying what. */
    REQUEST_CHANGES;

    /** The name on the wire and in files: {@code approve}, {@code request_changes}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decision named {@code id}, if there is one. */
    public static Optional<Decision> parse(String id) {
        for (Decision d : values()) {
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
