package io.modelcards.standards.internal.cyclonedx;

import java.util.Locale;
import java.util.Map;

/**
 * Hugging Face licence ids that have an SPDX id, both ways. A licence not in the table is written as a licence
 * {@code name} and read back unchanged; the table only holds ids whose SPDX spelling is certain. SPDX export uses it too.
 */
public final class Licenses {
    private static final Map<String, String> SPDX = Map.ofEntries(
            Map.entry("apache-2.0", "Apache-2.0"), Map.entry("mit", "MIT"), Map.entry("bsd-2-clause", "BSD-2-Clause"),
            Map.entry("bsd-3-clause", "BSD-3-Clause"), Map.entry("cc0-1.0", "CC0-1.0"), Map.entry("cc-by-4.0", "CC-BY-4.0"),
            Map.entry("cc-by-sa-4.0", "CC-BY-SA-4.0"), Map.entry("cc-by-nc-4.0", "CC-BY-NC-4.0"),
            Map.entry("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0"), Map.entry("cc-by-nd-4.0", "CC-BY-ND-4.0"),
            Map.entry("gpl-3.0", "GPL-3.0-only"), Map.entry("gpl-2.0", "GPL-2.0-only"), Map.entry("lgpl-3.0", "LGPL-3.0-only"),
            Map.entry("agpl-3.0", "AGPL-3.0-only"), Map.entry("mpl-2.0", "MPL-2.0"), Map.entry("epl-2.0", "EPL-2.0"),
            Map.entry("bsl-1.0", "BSL-1.0"), Map.entry("unlicense", "Unlicense"), Map.entry("isc", "ISC"),
            Map.entry("artistic-2.0", "Artistic-2.0"), Map.entry("wtfpl", "WTFPL"));

    private Licenses() {}

    /** The SPDX id of a Hugging Face licence id, or null when it has none. */
    public static String spdxId(String hfId) {
        return SPDX.get(hfId);
    }

    /** The Hugging Face id of an SPDX id this table knows, or the id in lower case (the Hub's spelling). */
    static String hfId(String spdxId) {
        return SPDX.entrySet().stream().filter(e -> e.getValue().equals(spdxId)).map(Map.Entry::getKey).findFirst()
                .orElse(spdxId.toLowerCase(Locale.ROOT));
    }
}
