package io.modelcards.merge;

import io.modelcards.card.Facts;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The merged card's provenance: the new capture's entries, with those of the fields taken from the previous card.
 *
 * <p>A person's text taken from the previous card without the facts it was written against (written before schema 1.3)
 * is recorded as written against the previous card's facts: the text was there when those were the facts, so a change of
 * them in the new capture makes it stale, as {@code io.modelcards.staleness.Staleness} reports.
 */
final class MergedProvenance {
    private final Provenance previous;
    private final Facts previousFacts;
    private final Map<String, Origin> out;
    private final Set<String> fromPrevious = new HashSet<>();

    MergedProvenance(Provenance captured, Provenance previous, Facts previousFacts) {
        this.previous = previous;
        this.previousFacts = previousFacts;
        this.out = new LinkedHashMap<>(captured.origins());
    }

    /**
     * Records that {@code field} comes from the previous card: its entries there replace the capture's, and the origin
     * it inherited there ({@code inherited}, from an entry above it such as {@code /metadata}) is written at the field,
     * since the merged card's entries above it are the capture's.
     */
    void fromPrevious(String field, Origin inherited) {
        fromPrevious.add(field);
        dropAtOrBelow(field);
        previous.origins().forEach((k, o) -> {
            if (k.equals(field) || k.startsWith(field + "/")) {
                out.put(k, based(o));
            }
        });
        if (!out.containsKey(field) && inherited != null) {
            out.put(field, based(inherited));
        }
    }

    /** Whether {@code field} was taken from the previous card. */
    boolean fromPrevious(String field) {
        return fromPrevious.contains(field);
    }

    /** Records a person's value put at {@code pointer} inside a captured field. */
    void human(String pointer, Origin.Human origin) {
        dropAtOrBelow(pointer);
        out.put(pointer, based(origin));
    }

    /** The provenance built. */
    Provenance result() {
        return new Provenance(out);
    }

    /** A person's origin with the previous card's facts as its basis when it records none. */
    private Origin based(Origin o) {
        return o instanceof Origin.Human h && h.basis() == null ? h.withBasis(previousFacts) : o;
    }

    private void dropAtOrBelow(String pointer) {
        out.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
    }
}
