package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.standards.internal.Uris;
import java.util.List;
import java.util.Set;

/** The {@code machine-learning-model} component: identity, licence, tags, repository, the model card, the rest as properties. */
final class ModelComponent {
    private ModelComponent() {}

    static ObjectNode of(ModelCard card, JsonNode tree, List<String> datasetRefs, Set<String> notCarried) {
        Taken taken = new Taken();
        notCarried.forEach(taken::mark);
        taken.mark("/datasets");
        ObjectNode c = Leftovers.object();
        c.put("type", "machine-learning-model");
        c.put("bom-ref", CycloneDxExporter.MODEL_REF);
        ArrayNode props = Leftovers.object().arrayNode();
        if (card.details().name() == null) {
            c.put("name", "model");
            props.addObject().put("name", DataComponents.STAND_IN).put("value", "/details/name");
        }
        taken.text(c, "name", card.details().name(), "/details/name");
        taken.text(c, "version", card.details().version(), "/details/version");
        taken.text(c, "description", card.details().description(), "/details/description");
        String license = card.metadata().license();
        if (license != null) {
            String id = Licenses.spdxId(license);
            c.putArray("licenses").addObject().putObject("license").put(id == null ? "name" : "id", id == null ? license : id);
            taken.mark("/metadata/license");
        }
        if (Uris.isAbsolute(card.details().repository())) {
            c.putArray("externalReferences").addObject().put("type", "vcs").put("url", card.details().repository());
            taken.mark("/details/repository");
        }
        List<String> tags = card.metadata().tags();
        if (!tags.isEmpty() && tags.stream().allMatch(t -> t != null)) {
            ArrayNode t = c.putArray("tags");
            tags.forEach(t::add);
            taken.mark("/metadata/tags");
        }
        c.set("modelCard", ModelCardPart.of(card, datasetRefs, taken, props));
        Leftovers.of(tree, "", taken.pointers()).forEach(p -> props.addObject().put("name", p.name()).put("value", p.value()));
        if (!props.isEmpty()) {
            c.set("properties", props);
        }
        return c;
    }
}
