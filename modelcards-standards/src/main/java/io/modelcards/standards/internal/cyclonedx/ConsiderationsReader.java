package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code modelCard.considerations} back into the card's uses, considerations and training energy. */
final class ConsiderationsReader {
    private final BomText bom;
    private final ImportedTree tree;

    ConsiderationsReader(BomText bom, ImportedTree tree) {
        this.bom = bom;
        this.tree = tree;
    }

    void read(JsonNode c, String at, JsonNode props) throws InvalidInputException {
        list(c, at, props, "users", "/uses/primary_users");
        list(c, at, props, "useCases", "/uses/direct_use");
        list(c, at, props, "technicalLimitations", "/considerations/bias_risks_limitations");
        JsonNode risks = bom.array(c, at, "ethicalConsiderations");
        if (!risks.isEmpty()) {
            ArrayNode out = Leftovers.object().arrayNode();
            for (int i = 0; i < risks.size(); i++) {
                String rAt = at + "/ethicalConsiderations/" + i;
                var risk = out.addObject();
                risk.put("name", bom.text(risks.get(i), rAt, "name"));
                risk.put("mitigation", bom.text(risks.get(i), rAt, "mitigationStrategy"));
            }
            tree.set("/considerations/ethical_considerations", out, at + "/ethicalConsiderations");
        }
        String eAt = at + "/environmentalConsiderations/energyConsumptions";
        JsonNode uses = bom.array(bom.object(c, at, "environmentalConsiderations"), at + "/environmentalConsiderations",
                "energyConsumptions");
        if (!uses.isEmpty()) {
            JsonNode use = uses.get(0);
            tree.number("/training/energy/kwh", value(use, eAt + "/0", "activityEnergyCost"), eAt + "/0/activityEnergyCost");
            Double tonnes = value(use, eAt + "/0", "co2CostEquivalent");
            tree.number("/training/energy/co2_grams", tonnes == null ? null : tonnes * Environmental.GRAMS_PER_TONNE,
                    eAt + "/0/co2CostEquivalent");
        }
    }

    /** A list of texts, each put back into the card field the export's {@code modelcards:sources:} property names. */
    private void list(JsonNode c, String at, JsonNode props, String field, String fallback) throws InvalidInputException {
        JsonNode list = bom.array(c, at, field);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) {
                throw bom.wrongType(at + "/" + field + "/" + i, list.get(i), "a string");
            }
            texts.add(list.get(i).textValue());
        }
        if (texts.isEmpty()) {
            return;
        }
        String[] sources = sources(props, field);
        if (sources.length == texts.size()) {
            for (int i = 0; i < texts.size(); i++) {
                tree.text(sources[i], texts.get(i), at + "/" + field + "/" + i);
            }
        } else {
            // A BOM from another tool: all of its entries go to the field that holds this kind of text.
            tree.text(fallback, String.join("\n\n", texts), at + "/" + field);
        }
    }

    private static String[] sources(JsonNode props, String field) {
        for (JsonNode p : props) {
            if ((ModelCardPart.SOURCES + "considerations." + field).equals(p.path("name").asText())) {
                return p.path("value").asText().split(" ");
            }
        }
        return new String[0];
    }

    private Double value(JsonNode use, String at, String field) throws InvalidInputException {
        JsonNode measure = bom.object(use, at, field);
        JsonNode v = measure.get("value");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw bom.wrongType(at + "/" + field + "/value", v, "a number");
        }
        return v.doubleValue();
    }
}
