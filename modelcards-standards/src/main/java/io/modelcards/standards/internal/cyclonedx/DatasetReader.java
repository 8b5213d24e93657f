package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.diagnostic.InvalidInputException;

/** Reads the datasets a model card references (data components by {@code ref}, or inline component data) into the card. */
final class DatasetReader {
    private final BomText bom;
    private final JsonNode root;
    private final ImportedTree tree;

    DatasetReader(BomText bom, JsonNode root, ImportedTree tree) {
        this.bom = bom;
        this.root = root;
        this.tree = tree;
    }

    void read(JsonNode datasets, String at) throws InvalidInputException {
        for (int i = 0; i < datasets.size(); i++) {
            String dAt = at + "/" + i;
            JsonNode d = datasets.get(i);
            if (!d.isObject()) {
                throw bom.wrongType(dAt, d, "an object");
            }
            String ref = bom.text(d, dAt, "ref");
            if (ref == null) {
                tree.text("/datasets/" + i + "/name", bom.text(d, dAt, "name"), dAt + "/name");
                continue;
            }
            String cAt = component(ref, dAt);
            component(root.at(cAt), cAt, "/datasets/" + i);
        }
    }

    private String component(String ref, String refAt) throws InvalidInputException {
        JsonNode components = bom.array(root, "", "components");
        for (int i = 0; i < components.size(); i++) {
            if (ref.equals(components.get(i).path("bom-ref").asText(null))) {
                return "/components/" + i;
            }
        }
        throw bom.problem(refAt + "/ref", "dangling-ref", "the dataset reference \"" + ref + "\" names no component of "
                + "the BOM: add a data component with this bom-ref, or fix the reference");
    }

    private void component(JsonNode c, String at, String card) throws InvalidInputException {
        JsonNode props = bom.array(c, at, "properties");
        if (!ModelReader.standIn(props, card + "/name")) {
            tree.text(card + "/name", bom.text(c, at, "name"), at + "/name");
        }
        tree.text(card + "/revision", bom.text(c, at, "version"), at + "/version");
        JsonNode hashes = bom.array(c, at, "hashes");
        for (int i = 0; i < hashes.size(); i++) {
            if ("SHA-256".equals(bom.text(hashes.get(i), at + "/hashes/" + i, "alg"))) {
                String hex = bom.text(hashes.get(i), at + "/hashes/" + i, "content");
                tree.text(card + "/content_hash", hex == null ? null : "sha256:" + hex, at + "/hashes/" + i);
            }
        }
        JsonNode data = bom.array(c, at, "data");
        if (!data.isEmpty()) {
            JsonNode contents = bom.object(data.get(0), at + "/data/0", "contents");
            tree.text(card + "/source_uri", bom.text(contents, at + "/data/0/contents", "url"), at + "/data/0/contents/url");
        }
        for (int i = 0; i < props.size(); i++) {
            if (DataComponents.ROLE.equals(bom.text(props.get(i), at + "/properties/" + i, "name"))) {
                tree.text(card + "/role", bom.text(props.get(i), at + "/properties/" + i, "value"), at + "/properties/" + i);
            }
        }
        tree.properties(props, at + "/properties");
    }
}
