package io.modelcards.registry.catalog;

import java.util.Set;
import java.util.regex.Pattern;

/** The rules for model names and version strings, checked before anything is stored. */
final class Names {
    /** A model name: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100. */
    static final Pattern MODEL = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    /** A version as users write it ({@code 1.2.0}, {@code 2024-06-01}, {@code 1.0.0+build.5}), at most 64. */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    /** Words that stand for a version in lookups and so cannot name one. */
    static final Set<String> RESERVED_VERSIONS = Set.of(VersionRef.LATEST, VersionRef.LATEST_PUBLISHED);

    private Names() {}

    static String model(String name) {
        if (name == null || !MODEL.matcher(name).matches()) {
            throw new CatalogException(Subjects.model(String.valueOf(name)), "catalog/bad-name", "'" + name
                    + "' is not a model name: use 1 to 100 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    static String version(String model, String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new CatalogException(Subjects.version(model, String.valueOf(version)), "catalog/bad-name", "'" + version
                    + "' is not a version: use 1 to 64 letters, digits, '.', '_', '+' or '-', starting with a letter or digit");
        }
        if (RESERVED_VERSIONS.contains(version)) {
            throw new CatalogException(Subjects.version(model, version), "catalog/bad-name", "'" + version
                    + "' names the newest version in lookups and cannot name a version: choose a version such as 1.0.0");
        }
        return version;
    }
}
