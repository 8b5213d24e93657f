package io.modelcards.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled vocabularies the rules check against, read once from the resource lists next to this class
 * (each list's header names its source and date).
 */
final class Vocabulary {
    private static final Vocabulary INSTANCE = new Vocabulary();

    private final List<String> hfLicenses = load("hf-licenses.txt");
    private final Map<String, String> spdxByLower = lowerIndex(load("spdx-licenses.txt"));
    private final List<String> pipelineTags = load("pipeline-tags.txt");
    private final List<String> libraries = load("libraries.txt");
    private final Map<String, String> libraryByLower = lowerIndex(libraries);
    private final Map<String, String> languageNames = new HashMap<>();
    private final Set<String> languages = new HashSet<>();

    private Vocabulary() {
        for (String line : load("languages.txt")) {
            int tab = line.indexOf('\t');
            String code = tab < 0 ? line : line.substring(0, tab);
            languages.add(code);
            if (tab >= 0) {
                languageNames.put(line.substring(tab + 1).toLowerCase(Locale.ROOT), code);
            }
        }
    }

    /** The shared instance; the lists are read when this class is first used. */
    static Vocabulary get() {
        return INSTANCE;
    }

    /** Hub licence ids, in the Hub documentation's order. */
    List<String> hfLicenses() {
        return hfLicenses;
    }

    boolean isHfLicense(String id) {
        return hfLicenses.contains(id);
    }

    /** The SPDX id with its canonical case, if {@code id} is one (SPDX ids match case-insensitively). */
    Optional<String> spdx(String id) {
        return Optional.ofNullable(spdxByLower.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Every SPDX id, canonical case, sorted case-insensitively. */
    Collection<String> spdxIds() {
        return spdxByLower.values();
    }

    List<String> pipelineTags() {
        return pipelineTags;
    }

    List<String> libraries() {
        return libraries;
    }

    /** The library name as the Hub spells it, if {@code name} matches one ignoring case. */
    Optional<String> library(String name) {
        return Optional.ofNullable(libraryByLower.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code code} is an ISO 639-1, 639-2 or 639-3 code, in lower case. */
    boolean isLanguage(String code) {
        return languages.contains(code);
    }

    /** The two-letter code of a language given by its English name ("English" gives "en"), if known. */
    Optional<String> languageByName(String name) {
        return Optional.ofNullable(languageNames.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> lowerIndex(List<String> ids) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
        }
        return Collections.unmodifiableMap(m);
    }

    private static List<String> load(String name) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the modelcards-core jar");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return Collections.unmodifiableList(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
