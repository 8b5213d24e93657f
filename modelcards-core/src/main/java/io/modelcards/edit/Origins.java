package io.modelcards.edit;

import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps a card's provenance true to its values after an edit. */
final class Origins {
    private Origins() {}

    /**
     * {@code origin} recorded at {@code pointer}, and the entries below it dropped: the value there is new as a whole,
     * so its parts inherit its origin rather than keep those of the value it replaced.
     */
    static Provenance set(Provenance p, String pointer, Origin origin) {
        Map<String, Origin> out = new LinkedHashMap<>();
        p.origins().forEach((k, o) -> {
            if (!k.startsWith(pointer + "/")) {
                out.put(k, o);
            }
        });
        out.put(pointer, origin);
        return new Provenance(out);
    }

    /**
     * The entries of element {@code index} of the list at {@code list} (and below it) dropped, and those of the elements
     * after it renumbered one down, as the elements themselves moved.
     */
    static Provenance removeElement(Provenance p, String list, int index) {
        Map<String, Origin> out = new LinkedHashMap<>();
        String prefix = list + "/";
        p.origins().forEach((k, o) -> {
            if (!k.startsWith(prefix)) {
                out.put(k, o);
                return;
            }
            String rel = k.substring(prefix.length());
            int slash = rel.indexOf('/');
            int i = Pointer.index(slash < 0 ? rel : rel.substring(0, slash));
            if (i < 0 || i < index) {
                out.put(k, o);
            } else if (i > index) {
                out.put(prefix + (i - 1) + (slash < 0 ? "" : rel.substring(slash)), o);
            }
        });
        return new Provenance(out);
    }
}
