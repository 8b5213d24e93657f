package io.modelcards.card;

import java.util.List;

/** The card schema versions this build reads; {@link #CURRENT} is the one it writes. */
public final class SchemaVersion {
    /** The version every card is written at. */
    public static final String CURRENT = "1.4";

    /** Every version this build can read, oldest first; older ones are migrated on load. */
    public static final List<String> READABLE = List.of("1.0", "1.1", "1.2", "1.3", "1.4");

    private SchemaVersion() {}
}
