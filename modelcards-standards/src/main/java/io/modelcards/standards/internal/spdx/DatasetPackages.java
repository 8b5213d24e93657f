package io.modelcards.standards.internal.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.standards.internal.Uris;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One {@code dataset_DatasetPackage} per dataset (research B.3), and its {@code trainedOn}/{@code testedOn} relationship. */
final class DatasetPackages {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private DatasetPackages() {}

    static void add(DatasetInfo d, int index, String modelId, Graph graph, Required required) {
        String local = "dataset-" + (index + 1);
        ObjectNode p = graph.element("dataset_DatasetPackage", local);
        p.put("name", d.name() == null ? local : d.name());
        if (d.revision() != null) {
            p.put("software_packageVersion", d.revision());
        }
        p.put("software_downloadLocation", Uris.isAbsolute(d.sourceUri()) ? d.sourceUri() : Graph.NO_ASSERTION);
        p.put("software_primaryPurpose", "data");
        p.put("releaseTime", required.releaseTime());
        p.put("builtTime", required.releaseTime());
        p.putArray("originatedBy").add(required.supplier());
        if (d.contentHash() != null && SHA256.matcher(d.contentHash()).matches()) {
            p.putArray("verifiedUsing").addObject().put("type", "Hash").put("algorithm", "sha256")
                    .put("hashValue", d.contentHash().substring("sha256:".length()));
        }
        ArrayNode types = p.putArray("dataset_datasetType");
        types(d.statistics()).forEach(types::add);
        if (d.bytes() != null) {
            p.put("dataset_datasetSize", d.bytes());
        }
        if (d.role() != null) {
            p.put("dataset_intendedUse", d.role());
        }
        graph.relationship(local + "-relationship", modelId, relationship(d.role()), p.get("spdxId").textValue());
    }

    /** {@code trainedOn} for training roles, {@code testedOn} for evaluation roles, {@code other} for the rest. */
    static String relationship(String role) {
        String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
        if (r.startsWith("train") || r.startsWith("fine")) {
            return "trainedOn";
        }
        if (r.startsWith("eval") || r.startsWith("test") || r.startsWith("valid")) {
            return "testedOn";
        }
        return "other";
    }

    /** The kinds of data, from the profiled column types; {@code noAssertion} when the card has no profile. */
    private static TreeSet<String> types(DatasetStatistics s) {
        TreeSet<String> out = new TreeSet<>();
        if (s != null) {
            for (DatasetStatistics.Column c : s.columns()) {
                String t = c.type() == null ? "" : c.type().toLowerCase(Locale.ROOT);
                out.add(t.equals("string") ? "text" : t.startsWith("int") || t.equals("float") || t.equals("double")
                        || t.equals("number") ? "numeric" : t.startsWith("bool") ? "categorical" : "other");
            }
        }
        if (out.isEmpty()) {
            out.add("noAssertion");
        }
        return out;
    }
}
