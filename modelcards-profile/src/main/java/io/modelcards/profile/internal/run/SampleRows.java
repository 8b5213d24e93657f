package io.modelcards.profile.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.profile.internal.privacy.PiiScanner;
import io.modelcards.profile.internal.sample.Reservoir;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns kept sample rows into what a card shows: each value as text, long strings cut to {@value #MAX_CHARS}
 * characters, and personal data or secrets replaced by markers.
 */
final class SampleRows {
    /** Longest value shown in a sample row. */
    static final int MAX_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleRows() {}

    static List<Map<String, String>> decode(List<Reservoir.Kept> kept) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Reservoir.Kept k : kept) {
            JsonNode row;
            try {
                row = JSON.readTree(k.raw());
            } catch (IOException e) {
                continue; // rows reach the sample only after parsing cleanly; this cannot happen
            }
            Map<String, String> shown = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                String text = v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
                shown.put(f.getKey(), text == null ? null : truncate(PiiScanner.redact(text)));
            }
            out.add(shown);
        }
        return out;
    }

    /** Cuts text to {@value #MAX_CHARS} code points, marking the cut with an ellipsis. */
    static String truncate(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_CHARS) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_CHARS)) + "…";
    }
}
