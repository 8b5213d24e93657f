package io.modelcards.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.Severity;
import io.modelcards.edit.CardEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code rules:} list of a policy file, checking every setting and locating each mistake. */
final class CardRulesFile {
    static final String CODE = "policy/bad-rules";
    private static final List<String> KINDS = List.of("required", "metric", "risk", "forbidden_tags", "allowed_licenses");
    private static final List<String> KEYS = List.of("id", "message", "severity", "required", "metric", "risk", "requires",
            "forbidden_tags", "allowed_licenses");
    private static final List<String> METRIC = List.of("type", "dataset", "split", "min", "max");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[A-Za-z0-9_.()-]+)+");
    // An organisation's rule must not pass for a built-in one, nor be suppressed with it.
    private static final List<String> BUILT_IN = List.of("schema", "hf", "complete", "review", "annex-iv", "validate", "policy",
            "usage", "edit", "merge", "gate");

    private final PolicyDocument doc;

    private CardRulesFile(PolicyDocument doc) {
        this.doc = doc;
    }

    static CardRules whole(String text, String file) throws InvalidInputException {
        Optional<PolicyDocument> parsed = PolicyDocument.parse(text, file, CODE, "cannot parse the policy file");
        if (parsed.isEmpty() || !parsed.get().root().isObject() || !parsed.get().root().has("rules")) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, CODE, "a policy file for validate has a rules: list,"
                    + " e.g. rules: [{id: acme/licence, message: we ship under MIT, allowed_licenses: [mit]}]"));
        }
        CardRules rules = section(parsed.get());
        parsed.get().throwIfProblems();
        return rules;
    }

    static CardRules section(PolicyDocument doc) {
        JsonNode list = doc.root().isObject() ? doc.root().get("rules") : null;
        if (list == null || list.isNull()) {
            return CardRules.NONE;
        }
        if (!list.isArray()) {
            doc.error("/rules", CODE, "rules must be a list of rules, each with id, message and one check");
            return CardRules.NONE;
        }
        CardRulesFile reader = new CardRulesFile(doc);
        List<CardRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            reader.rule(list.get(i), "/rules/" + i, ids).ifPresent(rules::add);
        }
        return new CardRules(rules);
    }

    private Optional<CardRule> rule(JsonNode n, String at, Set<String> ids) {
        if (!n.isObject()) {
            doc.error(at, CODE, "each rule is a mapping with id, message and one check (" + String.join(", ", KINDS) + ")");
            return Optional.empty();
        }
        doc.unknownKeys(n, at, KEYS, CODE);
        String id = id(n, at, ids);
        String message = text(n, at, "message");
        if (message == null && !n.has("message")) {
            doc.error(at, CODE, "rule " + (id == null ? at : id) + " has no message: write what the organisation wants, e.g."
                    + " message: say what the model must not be used for");
        }
        Severity severity = severity(n.get("severity"), at);
        List<String> kinds = KINDS.stream().filter(n::has).toList();
        if (kinds.size() != 1) {
            doc.error(at, CODE, "rule " + (id == null ? at : id) + (kinds.isEmpty() ? " checks nothing" : " has " + kinds.size()
                    + " checks (" + String.join(", ", kinds) + ")") + ": give it exactly one of " + String.join(", ", KINDS));
            return Optional.empty();
        }
        if (n.has("requires") && !kinds.get(0).equals("risk")) {
            doc.error(at + "/requires", CODE, "requires goes with risk: (a risk rating requires a field), not with " + kinds.get(0));
        }
        CardRule.Check check = check(kinds.get(0), n, at);
        return id == null || message == null || check == null ? Optional.empty()
                : Optional.of(new CardRule(id, message, severity, check));
    }

    private String id(JsonNode n, String at, Set<String> ids) {
        String id = text(n, at, "id");
        if (id == null) {
            if (!n.has("id")) {
                doc.error(at, CODE, "a rule has no id: give it one such as acme/min-accuracy (an organisation, a slash, a name)");
            }
            return null;
        }
        if (!ID.matcher(id).matches()) {
            doc.error(at + "/id", CODE, "id " + id + " is not a rule id: write an organisation, a slash and a name,"
                    + " e.g. acme/min-accuracy");
            return null;
        }
        String prefix = id.substring(0, id.indexOf('/'));
        if (BUILT_IN.contains(prefix)) {
            doc.error(at + "/id", CODE, "id " + id + " starts with " + prefix + "/, which belongs to modelcards' own rules: use your"
                    + " organisation's name instead");
            return null;
        }
        if (!ids.add(id)) {
            doc.error(at + "/id", CODE, "id " + id + " is used by an earlier rule: each rule needs its own id");
            return null;
        }
        return id;
    }

    private CardRule.Check check(String kind, JsonNode n, String at) {
        String here = at + "/" + kind;
        return switch (kind) {
            case "required" -> {
                String p = pointer(n.get(kind), here);
                yield p == null ? null : new CardRule.Required(p);
            }
            case "metric" -> metric(n.get(kind), here);
            case "risk" -> risk(n, at);
            case "forbidden_tags" -> {
                List<String> tags = words(n.get(kind), here, "experimental");
                yield tags == null ? null : new CardRule.ForbiddenTags(tags);
            }
            default -> {
                List<String> licences = words(n.get(kind), here, "apache-2.0");
                yield licences == null ? null : new CardRule.AllowedLicenses(licences);
            }
        };
    }

    private CardRule.Check risk(JsonNode n, String at) {
        List<String> risks = words(n.get("risk"), at + "/risk", "high");
        List<String> known = new ArrayList<>();
        for (String r : risks == null ? List.<String>of() : risks) {
            try {
                known.add(RiskRating.parse(r).text());
            } catch (IllegalArgumentException e) {
                doc.error(at + "/risk", CODE, e.getMessage());
            }
        }
        if (!n.has("requires")) {
            doc.error(at, CODE, "a risk rule needs requires: POINTER, the field those cards must fill, e.g. requires:"
                    + " /governance/risk_rationale");
            return null;
        }
        String requires = pointer(n.get("requires"), at + "/requires");
        return risks == null || known.size() != risks.size() || requires == null ? null : new CardRule.RiskRequires(known, requires);
    }

    private CardRule.Check metric(JsonNode m, String at) {
        if (m == null || !m.isObject()) {
            doc.error(at, CODE, "metric is a mapping, e.g. {type: accuracy, dataset: imdb, split: test, min: 0.9}");
            return null;
        }
        doc.unknownKeys(m, at, METRIC, CODE);
        String type = text(m, at, "type");
        Double min = doc.number(m, at, "min", CODE);
        Double max = doc.number(m, at, "max", CODE);
        if (type == null) {
            doc.error(at, CODE, "the metric has no type: add type: accuracy (or the metric it bounds)");
            return null;
        }
        if (min == null && max == null) {
            doc.error(at, CODE, "the metric bound on " + type + " has neither min nor max: add min: 0.9 or max: 0.1");
            return null;
        }
        return new CardRule.MetricBound(type, text(m, at, "dataset"), text(m, at, "split"), min, max);
    }

    /** A JSON Pointer that names a field of the card, checked against the card's own shape. */
    private String pointer(JsonNode v, String at) {
        if (v == null || !v.isTextual() || !v.asText().startsWith("/")) {
            doc.error(at, CODE, "a field is named by a JSON Pointer into the card, e.g. /uses/out_of_scope_use, not " + v);
            return null;
        }
        String p = v.asText();
        try {
            CardEdit.remove(ModelCard.empty(), p, new Origin.Auto("policy"));
        } catch (InvalidInputException e) {
            Diagnostic d = e.problems().get(0);
            if ("edit/unknown-pointer".equals(d.code()) || "edit/bad-pointer".equals(d.code())) {
                doc.error(at, CODE, d.message());
                return null;
            }
        }
        return p;
    }

    private List<String> words(JsonNode v, String at, String example) {
        if (v == null || !v.isArray() || v.isEmpty()) {
            doc.error(at, CODE, "this is a list of names, e.g. [" + example + "]");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode w : v) {
            if (!w.isTextual() || w.asText().isBlank()) {
                doc.error(at, CODE, "each entry is a name such as " + example + ", not " + w);
                return null;
            }
            out.add(w.asText().strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private Severity severity(JsonNode v, String at) {
        if (v == null || v.isNull()) {
            return Severity.ERROR;
        }
        for (Severity s : Severity.values()) {
            if (v.isTextual() && s.word().equals(v.asText())) {
                return s;
            }
        }
        doc.error(at + "/severity", CODE, "severity must be error, warning or note, not " + v);
        return Severity.ERROR;
    }

    private String text(JsonNode m, String at, String key) {
        JsonNode v = m.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            doc.error(at + "/" + key, CODE, key + " must be text, not " + v);
            return null;
        }
        return v.asText().strip();
    }

}
