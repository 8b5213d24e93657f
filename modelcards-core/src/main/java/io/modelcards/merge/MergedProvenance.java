package io.modelcards.merge;

import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The merged card's provenance: the new capture's entries, with those of the fields taken from the previous card. */
final class MergedProvenance {
    private final Provenance previous;
    private final Map<String, Origin> out;
    private final Set<String> fromPrevious = new HashSet<>();

    MergedProvenance(Provenance captured, Provenance previous) {
        this.previous = previous;
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
                out.put(k, o);
            }
        });
        if (!out.containsKey(field) && inherited != null) {
            out.put(field, inherited);
        }
    }

    /** Whether {@code field} was taken from the previous card. */
    boolean fromPrevious(String field) {
        return fromPrevious.contains(field);
    }

    /** Records a person's value put at {@code pointer} inside a captured field. */
    void human(String pointer, Origin.Human origin) {
        dropAtOrBelow(pointer);
        out.put(pointer, origin);
    }

    /** The provenance built. */
    Provenance result() {
        // STEP(issue 10, schema 1.3): a Human origin taken from the previous card without a basis (written before 1.3)
        // gets the facts of the previous card as its basis (Facts.of(previous)), so that Staleness can flag it once the
        // facts change. Waits for io.modelcards.card.Facts and Origin.Human.basis on main.
        return new Provenance(out);
    }

    private void dropAtOrBelow(String pointer) {
        out.keySet().removeIf(k -> k.equals(pointer) || k.startsWith(pointer + "/"));
    }
}
