package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.ModelCard;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.standards.Omission;
import io.modelcards.standards.internal.Uris;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The model parameters, quantitative analysis and considerations of an MCT card. */
final class MctSections {
    private MctSections() {}

    static ObjectNode parameters(ModelCard card, List<Omission> partial) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonOutput.putText(o, "model_architecture", card.details().architecture());
        ArrayNode data = o.putArray("data");
        for (int i = 0; i < card.datasets().size(); i++) {
            DatasetInfo d = card.datasets().get(i);
            ObjectNode x = data.addObject();
            JsonOutput.putText(x, "name", d.name());
            if (Uris.isAbsolute(d.sourceUri())) {
                x.put("link", d.sourceUri());
            } else if (JsonOutput.present(d.sourceUri())) {
                partial.add(new Omission("/datasets/" + i + "/source_uri", "MCT dataset links are URIs, and this is not one"));
            }
            if (d.statistics() != null && !d.statistics().privacy().isEmpty()) {
                ArrayNode lines = x.putObject("sensitive").putArray("sensitive_data");
                d.statistics().privacy().forEach(p -> lines.add(sensitiveLine(p)));
            }
            JsonOutput.putText(x, "description", description(d));
        }
        return o;
    }

    /** One privacy finding as MCT's sensitive-data text; {@link MctDatasets} reads it back. */
    static String sensitiveLine(PrivacyFinding p) {
        return p.kind() + " in column " + p.column() + " (" + p.count() + (p.count() == 1 ? " value)" : " values)");
    }

    /** The dataset's identity as {@code key: value} pairs joined by {@code ; }; {@link MctDatasets} reads it back. */
    static String description(DatasetInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", d.role());
        m.put("split", d.split());
        m.put("rows", d.rows());
        m.put("bytes", d.bytes());
        m.put("revision", d.revision());
        m.put("content_hash", d.contentHash());
        return m.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isEmpty())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    static ObjectNode quantitative(ModelCard card) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode metrics = o.putArray("performance_metrics");
        for (QuantitativeResult q : card.evaluation().quantitative()) {
            ObjectNode m = metrics.addObject();
            JsonOutput.putText(m, "type", q.metric());
            m.put("value", Numbers.text(q.value()));
            JsonOutput.putText(m, "slice", slice(q.slice()));
            if (q.ciLow() != null || q.ciHigh() != null) {
                ObjectNode ci = m.putObject("confidence_interval");
                if (q.ciLow() != null) {
                    ci.put("lower_bound", Numbers.text(q.ciLow()));
                }
                if (q.ciHigh() != null) {
                    ci.put("upper_bound", Numbers.text(q.ciHigh()));
                }
            }
        }
        return o;
    }

    /** A slice as {@code feature=value} pairs joined by {@code , }; {@link MctImporter} reads it back. */
    static String slice(Map<String, String> slice) {
        return slice.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    static ObjectNode considerations(ModelCard card) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        descriptions(o.putArray("users"), Arrays.asList(text("", card.uses().primaryUsers())));
        descriptions(o.putArray("use_cases"), Arrays.asList(text("", card.uses().directUse()),
                text(MctMapping.DOWNSTREAM, card.uses().downstreamUse())));
        descriptions(o.putArray("limitations"), Arrays.asList(text("", card.considerations().biasRisksLimitations()),
                text(MctMapping.OUT_OF_SCOPE, card.uses().outOfScopeUse()),
                text(MctMapping.RECOMMENDATIONS, card.considerations().recommendations()),
                text(MctMapping.CAVEATS, card.considerations().caveats())));
        ArrayNode risks = o.putArray("ethical_considerations");
        card.considerations().ethicalConsiderations().forEach(r -> {
            ObjectNode x = risks.addObject();
            JsonOutput.putText(x, "name", r.name());
            JsonOutput.putText(x, "mitigation_strategy", r.mitigation());
        });
        return o;
    }

    private static String text(String prefix, String value) {
        return JsonOutput.present(value) ? prefix + value : null;
    }

    private static void descriptions(ArrayNode out, List<String> texts) {
        List<String> present = new ArrayList<>(texts);
        present.removeIf(t -> t == null);
        present.forEach(t -> out.addObject().put("description", t));
    }
}
