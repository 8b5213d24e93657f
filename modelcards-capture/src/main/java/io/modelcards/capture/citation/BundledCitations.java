package io.modelcards.capture.citation;

import io.modelcards.card.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX entries bundled for common components, one resource per component ({@code tribuo.bib}, {@code adam.bib} …),
 * so adapters cite what they use without the user typing an entry.
 */
public final class BundledCitations {
    /** The components that have a bundled entry. */
    public static final List<String> COMPONENTS = List.of("tribuo", "adagrad", "adam", "sgd", "logistic-regression",
            "lttb", "bootstrap", "model-cards");
    private static final Pattern KEY = Pattern.compile("@\\w+\\s*\\{\\s*([^,\\s]+)\\s*,");

    private BundledCitations() {}

    /** The bundled citation of {@code component}, or empty when none is bundled. */
    public static Optional<Citation> of(String component) {
        if (!COMPONENTS.contains(component)) {
            return Optional.empty();
        }
        try (InputStream in = BundledCitations.class.getResourceAsStream(component + ".bib")) {
            if (in == null) {
                return Optional.empty();
            }
            String bibtex = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return Optional.of(new Citation(key(bibtex), bibtex, null, component));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled citation " + component + " is unreadable", e);
        }
    }

    /** The key of a BibTeX entry ({@code @article{key, …}}), or null when it has none. */
    public static String key(String bibtex) {
        Matcher m = KEY.matcher(bibtex == null ? "" : bibtex);
        return m.find() ? m.group(1) : null;
    }
}
