package io.modelcards.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.policy.CardRule.AllowedLicenses;
import io.modelcards.policy.CardRule.Check;
import io.modelcards.policy.CardRule.ForbiddenTags;
import io.modelcards.policy.CardRule.MetricBound;
import io.modelcards.policy.CardRule.Required;
import io.modelcards.policy.CardRule.RiskRequires;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What each kind of rule finds wrong in a card; one switch over the closed set of checks. */
final class RuleChecks {
    /** One failure: the card field concerned and what was found there. */
    record Failure(String pointer, String found) {}

    private RuleChecks() {}

    // Java 17 has no pattern matching in switch: the closed set is walked with instanceof, the last case by elimination.
    static List<Failure> failures(Check check, ModelCard card, JsonNode tree) {
        if (check instanceof Required r) {
            return hasValue(tree, r.pointer()) ? List.of() : List.of(new Failure(r.pointer(), r.pointer() + " is empty"));
        }
        if (check instanceof MetricBound m) {
            return metric(m, card);
        }
        if (check instanceof RiskRequires r) {
            String risk = card.governance().risk().text();
            return !r.risks().contains(risk) || hasValue(tree, r.requires()) ? List.of()
                    : List.of(new Failure(r.requires(), "the card is rated " + risk + " risk and " + r.requires() + " is empty"));
        }
        if (check instanceof ForbiddenTags f) {
            return forbidden(f, card);
        }
        return licence((AllowedLicenses) check, card);
    }

    /** Whether the card's JSON form has a value at {@code pointer}: text not blank, a list or map not empty. */
    static boolean hasValue(JsonNode tree, String pointer) {
        JsonNode n = tree.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (n.isTextual()) {
            return !n.asText().isBlank();
        }
        return !(n.isContainerNode() && n.isEmpty());
    }

    private static List<Failure> metric(MetricBound m, ModelCard card) {
        String where = m.type() + (m.dataset() == null ? "" : " on " + m.dataset() + (m.split() == null ? "" : "/" + m.split()))
                + (m.dataset() == null && m.split() != null ? " on split " + m.split() : "");
        List<CardResults.Result> found = CardResults.of(card).stream().filter(r -> matches(m, r)).toList();
        if (found.isEmpty()) {
            return List.of(new Failure("/evaluation/quantitative", "the card reports no " + where));
        }
        List<Failure> out = new ArrayList<>();
        for (CardResults.Result r : found) {
            if (m.min() != null && r.value() < m.min()) {
                out.add(new Failure("/evaluation/quantitative", r.type() + r.where() + " is " + r.value() + ", under " + m.min()));
            }
            if (m.max() != null && r.value() > m.max()) {
                out.add(new Failure("/evaluation/quantitative", r.type() + r.where() + " is " + r.value() + ", over " + m.max()));
            }
        }
        return out;
    }

    private static boolean matches(MetricBound m, CardResults.Result r) {
        return m.type().equalsIgnoreCase(r.type())
                && (m.dataset() == null || m.dataset().equalsIgnoreCase(r.dataset()))
                && (m.split() == null || m.split().equalsIgnoreCase(r.split()));
    }

    private static List<Failure> forbidden(ForbiddenTags f, ModelCard card) {
        List<Failure> out = new ArrayList<>();
        List<String> tags = card.metadata().tags();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag != null && f.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag))) {
                out.add(new Failure("/metadata/tags/" + i, "the card is tagged " + tag));
            }
        }
        return out;
    }

    private static List<Failure> licence(AllowedLicenses a, ModelCard card) {
        String licence = card.metadata().license();
        if (licence == null || licence.isBlank()) {
            return List.of(new Failure("/metadata/license", "the card has no licence"));
        }
        boolean allowed = a.licenses().stream().anyMatch(l -> l.equalsIgnoreCase(licence.strip()));
        return allowed ? List.of() : List.of(new Failure("/metadata/license", "its licence is " + licence
                + ", and the allowed ones are " + String.join(", ", a.licenses()).toLowerCase(Locale.ROOT)));
    }
}
