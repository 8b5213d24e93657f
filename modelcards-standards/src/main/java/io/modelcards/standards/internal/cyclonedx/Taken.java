package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** The card pointers an export wrote into a CycloneDX field, so that they are not written again as properties. */
final class Taken {
    private final Set<String> pointers = new LinkedHashSet<>();

    /** Writes {@code value} as {@code field} of {@code into} when it is not null, and marks {@code pointer} as carried. */
    void text(ObjectNode into, String field, String value, String pointer) {
        if (value != null) {
            into.put(field, value);
            pointers.add(pointer);
        }
    }

    /** Appends {@code value} to {@code into} when it is not null, and marks {@code pointer} as carried. */
    void add(ArrayNode into, String value, String pointer) {
        if (value != null) {
            into.add(value);
            pointers.add(pointer);
        }
    }

    void mark(String pointer) {
        pointers.add(pointer);
    }

    Set<String> pointers() {
        return pointers;
    }
}
