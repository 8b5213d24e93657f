package io.modelcards.standards.internal.cyclonedx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** The conversions between card values and CycloneDX's strings that both directions share. */
final class Texts {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private Texts() {}

    /** A metric value or bound as CycloneDX wants it (a string); {@link Double#toString} reads back to the same double. */
    static String number(double d) {
        return Double.toString(d);
    }

    /** A slice as {@code key=value, key=value}; null when that text would not read back to the same map. */
    static String slice(Map<String, String> slice) {
        if (slice.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(", ");
        slice.forEach((k, v) -> j.add(k + "=" + v));
        String text = j.toString();
        return slice.equals(parseSlice(text)) ? text : null;
    }

    /** The slice map of a {@code key=value, key=value} text, or null when it is not of that shape. */
    static Map<String, String> parseSlice(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : text.split(", ", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0 || part.indexOf('=', eq + 1) >= 0 || m.containsKey(part.substring(0, eq))) {
                return null;
            }
            m.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return m;
    }

    /** Whether a dataset's content hash has the one shape CycloneDX's {@code hashes[]} holds without loss. */
    static boolean isSha256(String contentHash) {
        return contentHash != null && SHA256.matcher(contentHash).matches();
    }

}
