package io.modelcards.standards;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A documentation standard a card is exported to; the name is what {@code export --to} and {@code import --from} take. */
public enum Standard {
    /** CycloneDX ML-BOM, specification 1.6 or 1.7. */
    CYCLONEDX("cyclonedx"),
    /** Google Model Card Toolkit, schema 0.0.2. */
    MCT("mct"),
    /** Amazon SageMaker model card content. */
    SAGEMAKER("sagemaker"),
    /** SPDX 3.0.1, AI and Dataset profiles, as JSON-LD. */
    SPDX("spdx");

    private final String id;

    Standard(String id) {
        this.id = id;
    }

    /** The name used on the command line and in messages. */
    public String id() {
        return id;
    }

    /** The standard named {@code name} (any case); throws {@link IllegalArgumentException} naming the choices. */
    public static Standard parse(String name) {
        for (Standard s : values()) {
            if (s.id.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': expected one of "
                + Arrays.stream(values()).map(Standard::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
