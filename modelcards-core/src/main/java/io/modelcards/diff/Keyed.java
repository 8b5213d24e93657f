package io.modelcards.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two maps key by key: the keys of the old map in order, then the keys only the new one has. */
final class Keyed {
    private Keyed() {}

    static List<KeyChange> compare(Map<String, ?> old, Map<String, ?> now) {
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<KeyChange> out = new ArrayList<>();
        for (String k : keys) {
            Change.<Object>of(old.get(k), now.get(k)).ifPresent(c -> out.add(new KeyChange(k, c)));
        }
        return out;
    }
}
