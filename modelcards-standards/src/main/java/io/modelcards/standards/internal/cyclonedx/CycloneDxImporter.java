package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.Importer;
import io.modelcards.standards.Standard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CycloneDX JSON BOM (1.5, 1.6 or 1.7) whose {@code machine-learning-model} component carries the model: its
 * {@code modelCard}, the data components it references, and the {@code modelcards:} properties an export wrote.
 */
public final class CycloneDxImporter implements Importer {
    static final String SOURCE = "import:cyclonedx";
    private static final Set<String> SPECS = Set.of("1.5", "1.6", "1.7");

    @Override
    public Standard standard() {
        return Standard.CYCLONEDX;
    }

    @Override
    public ModelCard read(String text, String file) throws InvalidInputException {
        BomText bom = new BomText(text, file);
        JsonNode root = parse(text, file);
        if (root == null || !root.isObject()) {
            throw bom.problem("", "not-bom", "this is not a CycloneDX BOM: expected a JSON object with \"bomFormat\": "
                    + "\"CycloneDX\"");
        }
        String format = bom.text(root, "", "bomFormat");
        if (!"CycloneDX".equals(format)) {
            throw bom.problem("/bomFormat", "not-bom", "this is not a CycloneDX BOM: \"bomFormat\" is "
                    + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"CycloneDX\"");
        }
        String spec = bom.text(root, "", "specVersion");
        if (!SPECS.contains(spec)) {
            throw bom.problem("/specVersion", "spec-version", "CycloneDX " + spec + " has no model card: import a BOM of "
                    + "specVersion 1.5, 1.6 or 1.7");
        }
        String at = modelComponent(bom, root);
        ImportedTree tree = new ImportedTree(bom);
        new ModelReader(bom, root, tree).read(root.at(at), at);
        return bind(bom, tree);
    }

    private static JsonNode parse(String text, String file) throws InvalidInputException {
        try {
            return CardMappers.json().readTree(text);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String message = e.getOriginalMessage() == null ? "malformed input" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidInputException(Diagnostic.error(file, loc == null ? 0 : Math.max(0, loc.getLineNr()),
                    loc == null ? 0 : Math.max(0, loc.getColumnNr()), "cyclonedx/syntax",
                    "cannot parse the BOM as JSON: " + message + ": fix the syntax here"));
        }
    }

    /** The pointer of the first machine-learning-model component: {@code metadata.component}, then {@code components[]}. */
    private static String modelComponent(BomText bom, JsonNode root) throws InvalidInputException {
        List<String> candidates = new ArrayList<>();
        if (bom.object(root, "", "metadata").has("component")) {
            candidates.add("/metadata/component");
        }
        JsonNode components = bom.array(root, "", "components");
        for (int i = 0; i < components.size(); i++) {
            candidates.add("/components/" + i);
        }
        for (String c : candidates) {
            JsonNode node = root.at(c);
            if (!node.isObject()) {
                throw bom.wrongType(c, node, "a component object");
            }
            if ("machine-learning-model".equals(bom.text(node, c, "type"))) {
                return c;
            }
        }
        throw bom.problem(components.isEmpty() ? "" : "/components", "no-model", "the BOM has no component of type "
                + "\"machine-learning-model\": a model card is read from such a component");
    }

    private static ModelCard bind(BomText bom, ImportedTree tree) throws InvalidInputException {
        String json = Leftovers.compact(tree.finish(SOURCE));
        try {
            return CardCodec.fromJson(json, bom.file());
        } catch (InvalidInputException e) {
            Diagnostic first = e.problems().get(0);
            String pointer = first.pointer() == null ? "" : first.pointer();
            String message = first.message().replaceFirst("^" + Pattern.quote(pointer) + ": ", "");
            throw bom.problem(tree.bomPointerOf(pointer), "value", "the card field " + (pointer.isEmpty() ? "/" : pointer)
                    + " cannot take this value: " + message);
        }
    }
}
