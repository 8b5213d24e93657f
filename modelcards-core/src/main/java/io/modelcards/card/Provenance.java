package io.modelcards.card;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each card value came from, keyed by JSON Pointer into the card's JSON form ({@code /training/hyperparameters}).
 *
 * <p>A value without an entry takes the origin of its nearest ancestor that has one, so a whole captured
 * section needs one entry. A value without any is of unknown origin.
 */
public record Provenance(Map<String, Origin> origins) {
    public static final Provenance EMPTY = new Provenance(null);

    public Provenance {
        origins = Lists.copy(origins);
    }

    /** The origin of the value at {@code pointer}, inherited from the nearest ancestor, or null if unknown. */
    public Origin originOf(String pointer) {
        String p = pointer;
        while (true) {
            Origin o = origins.get(p);
            if (o != null) {
                return o;
            }
            if (p.isEmpty() || p.equals("/")) {
                return origins.get("");
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** A copy with {@code origin} recorded for {@code pointer}. */
    public Provenance with(String pointer, Origin origin) {
        var m = new LinkedHashMap<>(origins);
        m.put(pointer, origin);
        return new Provenance(m);
    }
}
