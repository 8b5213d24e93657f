package io.modelcards.capture.citation;

import io.modelcards.card.Citation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the works a model should cite. Two citations are the same work when their BibTeX keys match or their
 * titles do after normalisation (case, braces, punctuation and spacing ignored); the same work merges into its first
 * appearance, which keeps its key and entry, gains a missing APA text, and lists every component that cited it.
 * Order is that of first appearance. Not thread-safe.
 */
public final class Citations {
    private static final Pattern TITLE = Pattern.compile("(?is)\\btitle\\s*=\\s*[{\"](.*?)[}\"]\\s*,?\\s*\\n");
    private final List<Citation> works = new ArrayList<>();

    /** Adds a work, merging it into an earlier one when it is the same work. Nulls are ignored. */
    public Citations add(Citation c) {
        if (c == null) {
            return this;
        }
        for (int i = 0; i < works.size(); i++) {
            Citation w = works.get(i);
            if (sameWork(w, c)) {
                works.set(i, merge(w, c));
                return this;
            }
        }
        works.add(c);
        return this;
    }

    /** Adds every work of {@code others}, in order. */
    public Citations addAll(Iterable<Citation> others) {
        others.forEach(this::add);
        return this;
    }

    /** The distinct works, in order of first appearance. */
    public List<Citation> list() {
        return List.copyOf(works);
    }

    /** The title of a BibTeX entry, lower-cased with braces, punctuation and repeated spaces removed, or null. */
    public static String normalisedTitle(String bibtex) {
        if (bibtex == null) {
            return null;
        }
        Matcher m = TITLE.matcher(bibtex + "\n");
        if (!m.find()) {
            return null;
        }
        String t = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[{}]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    private static boolean sameWork(Citation a, Citation b) {
        if (a.key() != null && a.key().equalsIgnoreCase(Objects.toString(b.key(), ""))) {
            return true;
        }
        String ta = normalisedTitle(a.bibtex());
        return ta != null && ta.equals(normalisedTitle(b.bibtex()));
    }

    private static Citation merge(Citation first, Citation later) {
        LinkedHashSet<String> components = new LinkedHashSet<>();
        for (Citation c : List.of(first, later)) {
            if (c.component() != null) {
                for (String part : c.component().split(",\\s*")) {
                    if (!part.isBlank()) {
                        components.add(part.trim());
                    }
                }
            }
        }
        return new Citation(first.key() != null ? first.key() : later.key(),
                first.bibtex() != null ? first.bibtex() : later.bibtex(),
                first.apa() != null ? first.apa() : later.apa(),
                components.isEmpty() ? null : String.join(", ", components));
    }
}
