package io.modelcards.codec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a card is read from and written to, chosen by file extension. */
public enum CardFormat {
    /** Hugging Face README.md: YAML front matter plus Markdown body. */
    README,
    /** {@code modelcard.json}. */
    JSON,
    /** {@code modelcard.yaml}. */
    YAML;

    /** The format a path's extension names, if any: .md, .json, .yaml or .yml. */
    public static Optional<CardFormat> of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(README);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
