package io.modelcards.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a dataset of the previous card among the merged card's datasets by its name, role and split, so that what a
 * person wrote about one dataset ({@code /datasets/1/description}) lands on the same dataset whatever its place.
 */
final class DatasetMatch {
    private final List<Integer> to;

    private DatasetMatch(List<Integer> to) {
        this.to = to;
    }

    /** The match of each dataset of {@code previous} to the first unmatched one of {@code merged} with its identity. */
    static DatasetMatch of(JsonNode previous, JsonNode merged) {
        List<Integer> to = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        JsonNode was = previous.path("datasets");
        JsonNode now = merged.path("datasets");
        for (int i = 0; i < was.size(); i++) {
            int found = -1;
            for (int j = 0; j < now.size() && found < 0; j++) {
                if (!taken.contains(j) && key(now.get(j)).equals(key(was.get(i)))) {
                    found = j;
                }
            }
            if (found >= 0) {
                taken.add(found);
            }
            to.add(found);
        }
        return new DatasetMatch(to);
    }

    /** {@code pointer} with a previous dataset's index replaced by its merged one; null when that dataset is gone. */
    String map(String pointer) {
        List<String> t = Fields.tokens(pointer);
        if (t.size() < 2 || !t.get(0).equals("datasets")) {
            return pointer;
        }
        int i = Fields.index(t.get(1));
        if (i < 0 || i >= to.size() || to.get(i) < 0) {
            return null;
        }
        String rest = pointer.substring(("/datasets/" + t.get(1)).length());
        return "/datasets/" + to.get(i) + rest;
    }

    private static String key(JsonNode d) {
        return d.path("name").asText() + "\u0000" + d.path("role").asText() + "\u0000" + d.path("split").asText();
    }
}
