package io.modelcards.tribuo;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns Tribuo (OLCUT) provenance into plain nested maps, lists and values that the recorder flattens into
 * hyperparameters: primitives become their value, objects become a map with their {@code class} first, then their
 * fields sorted by name (OLCUT does not promise an order, and the card must be the same on every run).
 */
final class ProvenanceValues {
    private ProvenanceValues() {}

    /** The object's fields as a map, {@code class} first, the rest by name; {@code skip} names fields to leave out. */
    static Map<String, Object> fields(ObjectProvenance p, Set<String> skip) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class", p.getClassName());
        Map<String, Object> sorted = new TreeMap<>();
        for (Pair<String, Provenance> field : p) {
            if (!skip.contains(field.getA()) && !field.getA().equals(ObjectProvenance.CLASS_NAME)) {
                sorted.put(field.getA(), value(field.getB(), skip));
            }
        }
        out.putAll(sorted);
        return out;
    }

    /** One provenance value as plain data; nested objects leave out the {@code skip} fields too. */
    static Object value(Provenance p, Set<String> skip) {
        if (p instanceof PrimitiveProvenance<?> prim) {
            Object v = prim.getValue();
            return v instanceof Number || v instanceof Boolean || v instanceof String || v == null ? v : v.toString();
        }
        if (p instanceof ObjectProvenance obj) {
            return fields(obj, skip);
        }
        if (p instanceof ListProvenance<?> list) {
            List<Object> out = new ArrayList<>();
            for (Provenance e : list) {
                out.add(value(e, skip));
            }
            return out;
        }
        if (p instanceof MapProvenance<?> map) {
            Map<String, Object> out = new TreeMap<>();
            for (Pair<String, ? extends Provenance> e : map) {
                out.put(e.getA(), value(e.getB(), skip));
            }
            return new LinkedHashMap<>(out);
        }
        return p == null ? null : p.toString();
    }
}
