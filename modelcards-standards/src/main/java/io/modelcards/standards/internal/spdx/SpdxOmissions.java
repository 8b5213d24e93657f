package io.modelcards.standards.internal.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.standards.Omission;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The card fields an SPDX export leaves out: every field present in the card that {@link SpdxMapping} carries nowhere. */
final class SpdxOmissions {
    /** The card fields SPDX carries (wholly, or in the part the mapping says). */
    static final Set<String> CARRIED = Set.of("/schema_version", "/metadata/license", "/metadata/pipeline_tag",
            "/metadata/model_name", "/details/name", "/details/summary", "/details/description", "/details/version",
            "/details/repository", "/details/date", "/details/developers", "/details/owners", "/details/shared_by",
            "/details/model_type", "/uses/direct_use", "/training/procedure", "/training/preprocessing",
            "/training/hyperparameters", "/training/energy/kwh", "/evaluation/quantitative",
            "/considerations/bias_risks_limitations", "/governance/risk");
    static final Set<String> DATASET_CARRIED = Set.of("name", "revision", "source_uri", "content_hash", "bytes", "role",
            "statistics");
    private static final Set<String> ENTERED = Set.of("/datasets", "/training/energy");

    private SpdxOmissions() {}

    static List<Omission> of(JsonNode card) {
        List<Omission> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> parts = card.fields(); parts.hasNext();) {
            Map.Entry<String, JsonNode> part = parts.next();
            String at = "/" + part.getKey();
            if (at.equals("/datasets")) {
                datasets(part.getValue(), out);
            } else if (part.getValue().isObject() && !at.equals("/provenance") && !at.equals("/source")) {
                for (Iterator<Map.Entry<String, JsonNode>> f = part.getValue().fields(); f.hasNext();) {
                    Map.Entry<String, JsonNode> field = f.next();
                    fieldOf(at + "/" + field.getKey(), field.getValue(), out);
                }
            } else if (!CARRIED.contains(at)) {
                out.add(new Omission(at, "SPDX 3.0.1 has no property for it"));
            }
        }
        return out;
    }

    private static void fieldOf(String at, JsonNode value, List<Omission> out) {
        if (ENTERED.contains(at) && value.isObject()) {
            value.fieldNames().forEachRemaining(n -> {
                if (!CARRIED.contains(at + "/" + n)) {
                    out.add(new Omission(at + "/" + n, "SPDX 3.0.1 has no property for it"));
                }
            });
        } else if (!CARRIED.contains(at)) {
            out.add(new Omission(at, "SPDX 3.0.1 has no property for it"));
        }
    }

    private static void datasets(JsonNode list, List<Omission> out) {
        for (int i = 0; i < list.size(); i++) {
            String at = "/datasets/" + i;
            list.get(i).fieldNames().forEachRemaining(n -> {
                if (!DATASET_CARRIED.contains(n)) {
                    out.add(new Omission(at + "/" + n, "SPDX 3.0.1 has no property for it"));
                } else if (n.equals("statistics")) {
                    out.add(new Omission(at + "/statistics", "only the kinds of columns are carried, as dataset_datasetType"));
                }
            });
        }
    }
}
