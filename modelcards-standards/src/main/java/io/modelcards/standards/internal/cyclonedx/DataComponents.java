package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.DatasetInfo;
import io.modelcards.standards.internal.Uris;
import java.util.List;

/**
 * One {@code data} component per dataset of the card (research A.4): name, revision as version, the content hash in
 * {@code hashes[]}, the source as {@code data[0].contents.url}, the role as the {@code modelcards:role} property and
 * the dataset's other values as {@code modelcards:} properties.
 */
final class DataComponents {
    /** The property that carries a dataset's role (CycloneDX has no trained-on / tested-on distinction). */
    static final String ROLE = Leftovers.PREFIX + "role";
    /** The property that says a required CycloneDX value is a stand-in, naming the card field that was empty. */
    static final String STAND_IN = Leftovers.PREFIX + "stand-in";

    private DataComponents() {}

    /** The {@code bom-ref} of the dataset at {@code index}. */
    static String ref(int index) {
        return "dataset-" + (index + 1);
    }

    static ObjectNode of(DatasetInfo d, int index, JsonNode tree) {
        String at = "/datasets/" + index;
        Taken taken = new Taken();
        ObjectNode c = Leftovers.object();
        c.put("type", "data");
        c.put("bom-ref", ref(index));
        ArrayNode props = Leftovers.object().arrayNode();
        if (d.name() == null) {
            c.put("name", ref(index));
            props.addObject().put("name", STAND_IN).put("value", at + "/name");
        }
        taken.text(c, "name", d.name(), at + "/name");
        taken.text(c, "version", d.revision(), at + "/revision");
        if (Texts.isSha256(d.contentHash())) {
            c.putArray("hashes").addObject().put("alg", "SHA-256").put("content", d.contentHash().substring("sha256:".length()));
            taken.mark(at + "/content_hash");
        }
        ObjectNode data = c.putArray("data").addObject();
        data.put("type", "dataset");
        data.put("name", c.get("name").textValue());
        if (Uris.isAbsolute(d.sourceUri())) {
            data.putObject("contents").put("url", d.sourceUri());
            taken.mark(at + "/source_uri");
        }
        if (d.role() != null) {
            props.addObject().put("name", ROLE).put("value", d.role());
            taken.mark(at + "/role");
        }
        List<Leftovers.Property> rest = Leftovers.of(tree.at(at), at, taken.pointers());
        rest.forEach(p -> props.addObject().put("name", p.name()).put("value", p.value()));
        if (!props.isEmpty()) {
            c.set("properties", props);
        }
        return c;
    }
}
