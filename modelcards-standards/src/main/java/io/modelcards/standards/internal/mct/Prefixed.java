package io.modelcards.standards.internal.mct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MCT's lists of {@code {description}} read back into card fields: an entry that starts with one of the prefixes the
 * exporter writes goes to that field, any other to the plain field; several entries of one field are joined by a
 * blank line, as paragraphs.
 */
final class Prefixed {
    private final Map<String, String> byPrefix = new LinkedHashMap<>();

    private Prefixed() {}

    static Prefixed read(JsonInput in, String pointer, List<String> prefixes) {
        Prefixed out = new Prefixed();
        for (int i = 0; i < in.size(pointer); i++) {
            String text = in.text(pointer + "/" + i + "/description");
            if (text == null) {
                continue;
            }
            String prefix = prefixes.stream().filter(text::startsWith).findFirst().orElse("");
            out.byPrefix.merge(prefix, text.substring(prefix.length()), (a, b) -> a + "\n\n" + b);
        }
        return out;
    }

    /** The text of entries without a prefix, or null. */
    String plain() {
        return byPrefix.get("");
    }

    /** The text of entries with {@code prefix}, without it, or null. */
    String get(String prefix) {
        return byPrefix.get(prefix);
    }
}
