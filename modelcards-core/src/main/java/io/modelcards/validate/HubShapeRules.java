package io.modelcards.validate;

import io.modelcards.card.Metadata;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges front matter values huggingface_hub loads but the card's typed fields could not hold, which a README import
 * keeps as written under {@code metadata.extra}: what the Hub refuses is an error (an empty list entry, a number or
 * mapping where text belongs, a licence list), what is merely unusual a warning (a single tag written as text, the skops
 * tabular widget mapping, emissions in another shape).
 */
final class HubShapeRules {
    private static final Set<String> LISTS = Set.of("language", "base_model", "datasets", "metrics", "tags");
    private static final Map<String, String> NOUNS = Map.of("language", "language code (\"en\")", "base_model",
            "model id (\"org/name\")", "datasets", "dataset id (\"org/name\")", "metrics", "metric id (\"accuracy\")", "tags", "tag");
    private static final Set<String> TEXTS = Set.of("license", "license_name", "license_link", "library_name", "pipeline_tag");

    private HubShapeRules() {}

    static void check(Metadata m, Findings out) {
        m.extra().forEach((k, v) -> {
            String at = "/metadata/extra/" + k.replace("~", "~0").replace("/", "~1");
            if (LISTS.contains(k)) {
                list(k, v, at, out);
            } else if (TEXTS.contains(k)) {
                text(k, v, at, out);
            } else if (k.equals("widget")) {
                widget(v, at, out);
            } else if (k.equals("co2_eq_emissions") && m.co2EqEmissions() == null) {
                out.warning(at, "hf/emissions-shape", "co2_eq_emissions is not a number of grams nor the Hub's mapping (emissions, "
                        + "source, training_type, geographical_location, hardware_used): the Hub will not show it; write that form");
            }
        });
    }

    private static void list(String k, Object v, String at, Findings out) {
        if (v instanceof String s) {
            if (k.equals("tags")) {
                out.warning(at, "hf/tags-type", "tags is one text value (\"" + s + "\"), not a list: the Hub and huggingface_hub "
                        + "expect a list; write `tags:` followed by `- " + s + "`");
            }
            return;
        }
        if (!(v instanceof List<?> items)) {
            out.error(at, "hf/" + k.replace('_', '-') + "-type", k + " must be text or a list of text, not " + shape(v)
                    + ": write `" + k + ":` followed by `- value` lines");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                out.error(at + "/" + i, "hf/null-entry", k + " entry " + i + " is empty: remove the `-` line or write a value");
            } else if (!(item instanceof String)) {
                out.error(at + "/" + i, "hf/" + k.replace('_', '-') + "-type", k + " entry " + i + " is " + shape(item)
                        + ", not text: " + (item instanceof Map || item instanceof List ? "write the " + NOUNS.get(k) + " as text"
                        : "put it in quotes"));
            }
        }
    }

    private static void text(String k, Object v, String at, Findings out) {
        String fix = k.equals("license")
                ? "write one licence id; for several licences write license: other with license_name and license_link"
                : "write one text value" + (v instanceof List || v instanceof Map ? "" : " in quotes");
        out.error(at, "hf/" + k.replace('_', '-') + "-type", k + " must be one text value, not " + shape(v) + ": " + fix);
    }

    private static void widget(Object v, String at, Findings out) {
        if (v instanceof Map<?, ?> map && map.containsKey("structuredData")) {
            out.warning(at, "hf/widget-type", "widget is the skops tabular form (`structuredData:`): the Hub shows it for tabular models "
                    + "only; for other tasks write a list such as `- text: ...`");
            return;
        }
        out.error(at, "hf/widget-type", "widget must be a list of examples such as `- text: ...`, not " + shape(v)
                + ": write one `- ` item per example, each a mapping");
    }

    private static String shape(Object v) {
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean) {
            return "true/false (YAML reads yes, no, on and off so)";
        }
        return v instanceof Number ? "a number" : "text";
    }
}
