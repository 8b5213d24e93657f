package io.modelcards.diff;

import io.modelcards.card.DatasetInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Matches the datasets of two cards by (name, role, split) and says which were added, removed or changed. */
final class DatasetCompare {
    private DatasetCompare() {}

    static List<DatasetChange> compare(List<DatasetInfo> old, List<DatasetInfo> now) {
        Map<List<String>, DatasetInfo> a = byKey(old);
        Map<List<String>, DatasetInfo> b = byKey(now);
        Set<List<String>> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<DatasetChange> out = new ArrayList<>();
        for (List<String> k : keys) {
            DatasetInfo o = a.get(k);
            DatasetInfo n = b.get(k);
            String name = label(o != null ? o : n);
            if (o == null) {
                out.add(new DatasetChange(name, new Change.Added<>(n), List.of()));
            } else if (n == null) {
                out.add(new DatasetChange(name, new Change.Removed<>(o), List.of()));
            } else {
                List<ColumnShift> shift = Shifts.of(o.statistics(), n.statistics());
                boolean moved = shift.stream().anyMatch(s -> s.divergence() > 0);
                if (moved || !Objects.equals(o.contentHash(), n.contentHash()) || !Objects.equals(o.rows(), n.rows())) {
                    out.add(new DatasetChange(name, new Change.Changed<>(o, n), shift));
                }
            }
        }
        return out;
    }

    private static Map<List<String>, DatasetInfo> byKey(List<DatasetInfo> datasets) {
        Map<List<String>, DatasetInfo> out = new LinkedHashMap<>();
        for (DatasetInfo d : datasets) {
            out.putIfAbsent(Arrays.asList(d.name(), d.role(), d.split()), d);
        }
        return out;
    }

    /** {@code name (role, split)}, leaving out what the dataset does not record. */
    private static String label(DatasetInfo d) {
        String more = Stream.of(d.role(), d.split()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        String name = d.name() == null ? "(unnamed)" : d.name();
        return more.isEmpty() ? name : name + " (" + more + ")";
    }
}
