package io.modelcards.render.card;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An output format of a rendered card: a README, a web page, or the card's JSON.
 *
 * <p>Like every format-like type in modelcards, it is found by {@link #parse} from a name a user typed and by
 * {@link #of} from a file's extension; both return empty rather than guess.
 */
public enum OutputFormat {
    /** A Hugging Face README.md: YAML front matter, then the Markdown body. */
    MD,
    /** One self-contained, sanitized HTML file. */
    HTML,
    /** The card's own JSON form. */
    JSON;

    /** The format a user named: {@code md}, {@code html} or {@code json}, in any case; empty for any other name. */
    public static Optional<OutputFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (OutputFormat f : values()) {
            if (f.id().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format {@code file}'s extension names, in any case: {@code .md}, {@code .html} or {@code .htm},
     * {@code .json}; empty for any other extension or none.
     */
    public static Optional<OutputFormat> of(Path file) {
        Path name = file == null ? null : file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        String extension = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.equals("htm") ? Optional.of(HTML) : extension.isEmpty() ? Optional.empty() : parse(extension);
    }

    /** The lower-case name, also the usual file extension. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
