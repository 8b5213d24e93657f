package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.Map;

/** Reads the model component of a BOM into the card tree: the inverse of {@link ModelComponent} and {@link ModelCardPart}. */
final class ModelReader {
    private final BomText bom;
    private final JsonNode root;
    private final ImportedTree tree;

    ModelReader(BomText bom, JsonNode root, ImportedTree tree) {
        this.bom = bom;
        this.root = root;
        this.tree = tree;
    }

    void read(JsonNode c, String at) throws InvalidInputException {
        JsonNode props = bom.array(c, at, "properties");
        if (!standIn(props, "/details/name")) {
            tree.text("/details/name", bom.text(c, at, "name"), at + "/name");
        }
        tree.text("/details/version", bom.text(c, at, "version"), at + "/version");
        tree.text("/details/description", bom.text(c, at, "description"), at + "/description");
        license(c, at);
        JsonNode refs = bom.array(c, at, "externalReferences");
        for (int i = 0; i < refs.size(); i++) {
            if ("vcs".equals(bom.text(refs.get(i), at + "/externalReferences/" + i, "type"))) {
                tree.text("/details/repository", bom.text(refs.get(i), at + "/externalReferences/" + i, "url"),
                        at + "/externalReferences/" + i);
                break;
            }
        }
        JsonNode tags = bom.array(c, at, "tags");
        if (!tags.isEmpty()) {
            tree.set("/metadata/tags", tags, at + "/tags");
        }
        String mcAt = at + "/modelCard";
        JsonNode mc = bom.object(c, at, "modelCard");
        JsonNode params = bom.object(mc, mcAt, "modelParameters");
        tree.text("/metadata/pipeline_tag", bom.text(params, mcAt + "/modelParameters", "task"), mcAt + "/modelParameters/task");
        tree.text("/details/model_type", bom.text(params, mcAt + "/modelParameters", "architectureFamily"),
                mcAt + "/modelParameters/architectureFamily");
        tree.text("/details/architecture", bom.text(params, mcAt + "/modelParameters", "modelArchitecture"),
                mcAt + "/modelParameters/modelArchitecture");
        new DatasetReader(bom, root, tree).read(bom.array(params, mcAt + "/modelParameters", "datasets"),
                mcAt + "/modelParameters/datasets");
        metrics(bom.array(bom.object(mc, mcAt, "quantitativeAnalysis"), mcAt + "/quantitativeAnalysis", "performanceMetrics"),
                mcAt + "/quantitativeAnalysis/performanceMetrics");
        new ConsiderationsReader(bom, tree).read(bom.object(mc, mcAt, "considerations"), mcAt + "/considerations", props);
        tree.properties(bom.array(mc, mcAt, "properties"), mcAt + "/properties");
        tree.properties(props, at + "/properties");
    }

    private void license(JsonNode c, String at) throws InvalidInputException {
        JsonNode licenses = bom.array(c, at, "licenses");
        if (licenses.isEmpty()) {
            return;
        }
        String lAt = at + "/licenses/0/license";
        JsonNode l = bom.object(licenses.get(0), at + "/licenses/0", "license");
        String id = bom.text(l, lAt, "id");
        tree.text("/metadata/license", id != null ? Licenses.hfId(id) : bom.text(l, lAt, "name"), lAt);
    }

    private void metrics(JsonNode metrics, String at) throws InvalidInputException {
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode m = metrics.get(i);
            String mAt = at + "/" + i;
            String card = "/evaluation/quantitative/" + i;
            tree.text(card + "/metric", bom.text(m, mAt, "type"), mAt + "/type");
            Double value = bom.number(m, mAt, "value");
            if (value == null) {
                throw bom.problem(mAt, "missing-value", mAt + ": a metric without a value has no place in a card: add its "
                        + "\"value\", or remove the metric");
            }
            tree.number(card + "/value", value, mAt + "/value");
            // A BOM from another tool says nothing of which metric is primary; a modelcards property may say so.
            tree.set(card + "/primary", BooleanNode.FALSE, mAt);
            String slice = bom.text(m, mAt, "slice");
            if (slice != null) {
                Map<String, String> parsed = Texts.parseSlice(slice);
                ObjectNode s = Leftovers.object();
                (parsed == null ? Map.of("slice", slice) : parsed).forEach(s::put);
                tree.set(card + "/slice", s, mAt + "/slice");
            }
            JsonNode ci = bom.object(m, mAt, "confidenceInterval");
            tree.number(card + "/ci_low", bom.number(ci, mAt + "/confidenceInterval", "lowerBound"), mAt + "/confidenceInterval");
            tree.number(card + "/ci_high", bom.number(ci, mAt + "/confidenceInterval", "upperBound"), mAt + "/confidenceInterval");
        }
    }

    /** Whether {@code props} say that the value of {@code pointer} was a stand-in for an empty card field. */
    static boolean standIn(JsonNode props, String pointer) {
        for (JsonNode p : props) {
            if (DataComponents.STAND_IN.equals(p.path("name").asText()) && pointer.equals(p.path("value").asText())) {
                return true;
            }
        }
        return false;
    }
}
