package io.modelcards.render.card;

import java.util.Locale;

/** An output format of a rendered card. */
public enum Format {
    /** A Hugging Face README.md: YAML front matter, then the Markdown body. */
    MD,
    /** One self-contained, sanitized HTML file. */
    HTML,
    /** The card's own JSON form. */
    JSON;

    /** The format named {@code name} ("md", "html", "json", any case), or null. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** The lower-case name, also the usual file extension. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
