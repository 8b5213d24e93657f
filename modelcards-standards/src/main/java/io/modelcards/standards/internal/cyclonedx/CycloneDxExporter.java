package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.ContentHash;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Exporter;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import io.modelcards.standards.Standard;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a card as a CycloneDX ML-BOM (1.6 by default, or 1.7; their {@code modelCard} is the same): one
 * {@code machine-learning-model} component with its {@code modelCard}, one {@code data} component per dataset, and
 * every other card value as a {@code modelcards:} property, so that {@link CycloneDxImporter} restores the card.
 */
public final class CycloneDxExporter implements Exporter {
    /** The model component's {@code bom-ref}. */
    static final String MODEL_REF = "model";
    /** The BOM property that carries the registry state given in the options. */
    static final String STATUS = Leftovers.PREFIX + "registry-status";

    /** Not carried at all: who wrote each value, and the imported README's layout. */
    private static final Set<String> NOT_CARRIED = Set.of("/provenance", "/source");

    @Override
    public Standard standard() {
        return Standard.CYCLONEDX;
    }

    @Override
    public List<String> specVersions() {
        return List.of("1.6", "1.7");
    }

    @Override
    public List<MappingRow> mapping() {
        return CycloneDxMapping.ROWS;
    }

    @Override
    public Exported export(ModelCard card, ExportOptions options) {
        String spec = options.specVersion() == null ? specVersions().get(0) : options.specVersion();
        if (!specVersions().contains(spec)) {
            throw new IllegalArgumentException("CycloneDX " + spec + " is not written: use one of " + specVersions());
        }
        JsonNode tree = tree(card);
        ObjectNode bom = Leftovers.object();
        bom.put("$schema", "http://cyclonedx.org/schema/bom-" + spec + ".schema.json");
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", spec);
        bom.put("serialNumber", serialNumber(card));
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.put("timestamp", options.created().toString());
        metadata.putObject("tools").putArray("components").addObject().put("type", "application").put("name", "modelcards");
        ArrayNode components = bom.putArray("components");
        List<String> refs = new ArrayList<>();
        ArrayNode data = Leftovers.object().arrayNode();
        for (int i = 0; i < card.datasets().size(); i++) {
            data.add(DataComponents.of(card.datasets().get(i), i, tree));
            refs.add(DataComponents.ref(i));
        }
        components.add(ModelComponent.of(card, tree, refs, NOT_CARRIED));
        components.addAll(data);
        if (!refs.isEmpty()) {
            ObjectNode dep = bom.putArray("dependencies").addObject().put("ref", MODEL_REF);
            refs.forEach(dep.putArray("dependsOn")::add);
        }
        if (options.status() != null) {
            bom.putArray("properties").addObject().put("name", STATUS).put("value", options.status());
        }
        return new Exported(write(bom), omissions(card));
    }

    static JsonNode tree(ModelCard card) {
        try {
            return CardMappers.json().readTree(CardCodec.toJson(card));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A UUID made of the card's content hash (version and variant bits set as for a name-based UUID), so that the same
     * card gives the same BOM.
     */
    static String serialNumber(ModelCard card) {
        char[] h = ContentHash.of(card).hex().substring(0, 32).toCharArray();
        h[12] = '5';
        h[16] = "89ab".charAt(Character.digit(h[16], 16) & 3);
        String s = new String(h);
        return "urn:uuid:" + s.substring(0, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16) + "-" + s.substring(16, 20)
                + "-" + s.substring(20);
    }

    private static List<Omission> omissions(ModelCard card) {
        List<Omission> out = new ArrayList<>();
        if (!card.provenance().origins().isEmpty()) {
            out.add(new Omission("/provenance", "CycloneDX has no place for who wrote each value: the import marks every value "
                    + "as imported from cyclonedx"));
        }
        if (card.source() != null) {
            out.add(new Omission("/source", "the layout of the imported README is not carried: a README written from the "
                    + "imported card uses the built-in template"));
        }
        return out;
    }

    static String write(ObjectNode doc) {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
