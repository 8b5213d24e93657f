package io.modelcards.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a card's language entries: an ISO 639-1, 639-2 or 639-3 code, optionally followed, as in BCP 47, by a
 * script, a region and variants ({@code en}, {@code deu}, {@code en-US}, {@code zh-Hans}, {@code es-419}).
 */
final class LanguageTag {
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*");
    private static final String USE =
            "use an ISO 639-1, 639-2 or 639-3 code such as \"en\", optionally with a script or region (\"zh-Hans\", \"en-US\")";

    private LanguageTag() {}

    /** Reports a problem with {@code tag}, found at {@code pointer}, if it has one. */
    static void check(String tag, String pointer, Findings out) {
        String t = tag.strip();
        Vocabulary v = Vocabulary.get();
        if (t.equals("multilingual")) {
            out.warning(pointer, "schema/language", "\"multilingual\" is not a language code: write \"mul\", or list each language");
            return;
        }
        if (SHAPE.matcher(t).matches()) {
            int dash = t.indexOf('-');
            String primary = dash < 0 ? t : t.substring(0, dash);
            String lower = primary.toLowerCase(Locale.ROOT);
            if (v.isLanguage(primary)) {
                return;
            }
            if (v.isLanguage(lower)) {
                out.warning(pointer, "schema/language",
                        "write the language code \"" + t + "\" lower-case: \"" + lower + t.substring(primary.length()) + "\"");
                return;
            }
            out.warning(pointer, "schema/language", "unknown language code \"" + t + "\": " + USE);
            return;
        }
        String dashed = t.replace('_', '-');
        if (!dashed.equals(t) && SHAPE.matcher(dashed).matches()) {
            out.error(pointer, "schema/language", "language \"" + t + "\" uses an underscore: write \"" + dashed + "\"");
            return;
        }
        Optional<String> byName = v.languageByName(t);
        if (byName.isPresent()) {
            out.error(pointer, "schema/language", "\"" + t + "\" is a language name, not a code: write \"" + byName.get() + "\"");
            return;
        }
        out.warning(pointer, "schema/language", "unknown language code \"" + t + "\": " + USE);
    }
}
