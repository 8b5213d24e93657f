package io.modelcards.standards.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A result's slice written as text ({@code language=fr, channel=email}), as the MCT and SageMaker readers get it back. */
public final class Slices {
    private Slices() {}

    /** {@code a=b, c=d} as pairs in order; text with a part that is not {@code key=value} is kept whole under "slice". */
    public static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(", ")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Map.of("slice", text);
            }
            m.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return m;
    }
}
