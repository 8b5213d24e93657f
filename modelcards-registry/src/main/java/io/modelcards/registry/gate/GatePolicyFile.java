package io.modelcards.registry.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.InputText;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.policy.CardRules;
import io.modelcards.policy.PolicyDocument;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a gate policy file, checking every setting and locating each mistake at its line and column. */
final class GatePolicyFile {
    static final String CODE = "gate/bad-policy";
    private static final List<String> TOP = List.of("require", "metrics", "risk_high_needs_signoff", "no_stale", "rules");
    private static final List<String> METRIC = List.of("type", "dataset", "split", "min", "max");

    private final PolicyDocument doc;

    private GatePolicyFile(PolicyDocument doc) {
        this.doc = doc;
    }

    static GatePolicy read(Path path) throws InvalidInputException {
        String name = path.toString();
        return parse(InputText.read(path, name), name);
    }

    static GatePolicy parse(String text, String file) throws InvalidInputException {
        Optional<PolicyDocument> doc = PolicyDocument.parse(text, file, CODE, "cannot parse the gate policy");
        return doc.isEmpty() ? GatePolicy.DEFAULT : new GatePolicyFile(doc.get()).policy(doc.get().root());
    }

    private GatePolicy policy(JsonNode root) throws InvalidInputException {
        if (!root.isObject()) {
            throw new InvalidInputException(Diagnostic.error(doc.file(), 1, 1, CODE, "a gate policy is a mapping with the keys "
                    + String.join(", ", TOP) + ": write it as key: value lines"));
        }
        doc.unknownKeys(root, "", TOP, CODE);
        State require = require(root.get("require"));
        List<GatePolicy.MetricBound> metrics = metrics(root.get("metrics"));
        boolean signoff = bool(root, "risk_high_needs_signoff", GatePolicy.DEFAULT.riskHighNeedsSignoff());
        boolean noStale = bool(root, "no_stale", GatePolicy.DEFAULT.noStale());
        CardRules rules = CardRules.in(doc);
        doc.throwIfProblems();
        return new GatePolicy(require, metrics, signoff, noStale, rules);
    }

    private State require(JsonNode n) {
        if (n == null || n.isNull()) {
            return GatePolicy.DEFAULT.require();
        }
        if (n.isTextual() && (n.asText().equals("published") || n.asText().equals("approved"))) {
            return State.parse(n.asText()).orElseThrow();
        }
        error("/require", "require must be published or approved, not " + n + ": approved also accepts a published version");
        return GatePolicy.DEFAULT.require();
    }

    private List<GatePolicy.MetricBound> metrics(JsonNode n) {
        List<GatePolicy.MetricBound> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            error("/metrics", "metrics must be a list of bounds, e.g. - {type: accuracy, dataset: imdb, split: test, min: 0.9}");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String at = "/metrics/" + i;
            JsonNode m = n.get(i);
            if (!m.isObject()) {
                error(at, "each metric bound is a mapping, e.g. {type: accuracy, min: 0.9}, not " + m);
                continue;
            }
            doc.unknownKeys(m, at, METRIC, CODE);
            String type = text(m, at, "type");
            String dataset = text(m, at, "dataset");
            String split = text(m, at, "split");
            Double min = doc.number(m, at, "min", CODE);
            Double max = doc.number(m, at, "max", CODE);
            if (type == null && !m.has("type")) {
                error(at, "metric bound " + (i + 1) + " has no type: add type: accuracy (or the metric it bounds)");
            } else if (min == null && max == null && !m.has("min") && !m.has("max")) {
                error(at, "metric bound " + (i + 1) + " (" + type + ") has neither min nor max: add min: 0.9 or max: 0.1");
            } else if (type != null && (min != null || max != null)) {
                out.add(new GatePolicy.MetricBound(type, dataset, split, min, max));
            }
        }
        return out;
    }

    private String text(JsonNode m, String at, String key) {
        JsonNode v = m.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            String example = key.equals("type") ? "accuracy" : key.equals("split") ? "test" : "imdb";
            error(at + "/" + key, key + " must be a name such as " + example + ", not " + v);
            return null;
        }
        return v.asText().strip();
    }


    private boolean bool(JsonNode root, String key, boolean fallback) {
        JsonNode v = root.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            error("/" + key, key + " must be true or false, not " + v);
            return fallback;
        }
        return v.booleanValue();
    }

    private void error(String pointer, String message) {
        doc.error(pointer, CODE, message);
    }
}
