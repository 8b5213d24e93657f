package io.modelcards.validate;

import io.modelcards.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** What the rules found, each at a JSON Pointer into the card; {@link Validator} turns them into located diagnostics. */
final class Findings {
    /** One problem at {@code pointer}, before it is located in a file. */
    record Finding(Severity severity, String pointer, String code, String message) {}

    private final List<Finding> found = new ArrayList<>();

    void error(String pointer, String code, String message) {
        found.add(new Finding(Severity.ERROR, pointer, code, message));
    }

    void warning(String pointer, String code, String message) {
        found.add(new Finding(Severity.WARNING, pointer, code, message));
    }

    List<Finding> all() {
        return found;
    }

    /** Escapes a key for use as one JSON Pointer segment (RFC 6901). */
    static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
