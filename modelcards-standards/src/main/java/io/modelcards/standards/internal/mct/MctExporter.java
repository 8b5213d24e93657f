package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Citation;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Exporter;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import io.modelcards.standards.Standard;
import io.modelcards.standards.internal.Uris;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a card as a Google Model Card Toolkit card, schema 0.0.2: model details, model parameters (with each
 * dataset's privacy findings as sensitive data), the metric values as text with their confidence intervals, and the
 * considerations. Graphics are not written. Everything else is reported as an omission.
 */
public final class MctExporter implements Exporter {
    static final String SCHEMA_VERSION = "0.0.2";
    private static final Uncarried UNCARRIED = new Uncarried(MctMapping.ROWS,
            Set.of("/evaluation/quantitative/*/primary"), "MCT has no place for it");

    @Override
    public Standard standard() {
        return Standard.MCT;
    }

    @Override
    public List<String> specVersions() {
        return List.of(SCHEMA_VERSION);
    }

    @Override
    public List<MappingRow> mapping() {
        return MctMapping.ROWS;
    }

    @Override
    public Exported export(ModelCard card, ExportOptions options) {
        List<Omission> partial = new ArrayList<>();
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("schema_version", SCHEMA_VERSION);
        putIfAny(doc, "model_details", details(card, partial));
        putIfAny(doc, "model_parameters", MctSections.parameters(card, partial));
        putIfAny(doc, "quantitative_analysis", MctSections.quantitative(card));
        putIfAny(doc, "considerations", MctSections.considerations(card));
        JsonNode tree = Uncarried.tree(card);
        return new Exported(JsonOutput.write(doc), Uncarried.inCardOrder(tree, UNCARRIED.find(tree), partial));
    }

    private static ObjectNode details(ModelCard card, List<Omission> partial) {
        ModelDetails d = card.details();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonOutput.putText(o, "name", d.name());
        JsonOutput.putText(o, "overview", d.summary());
        JsonOutput.putText(o, "documentation", d.description());
        ArrayNode owners = o.putArray("owners");
        d.owners().forEach(w -> {
            ObjectNode x = owners.addObject();
            JsonOutput.putText(x, "name", w.name());
            JsonOutput.putText(x, "contact", w.contact());
        });
        ObjectNode version = o.putObject("version");
        JsonOutput.putText(version, "name", d.version());
        if (JsonOutput.present(d.date())) {
            if (Texts.isIsoDate(d.date())) {
                version.put("date", d.date());
            } else {
                partial.add(new Omission("/details/date", "MCT wants a date as YYYY-MM-DD, not \"" + d.date() + "\""));
            }
        }
        if (JsonOutput.present(card.metadata().license())) {
            o.putArray("licenses").addObject().put("identifier", card.metadata().license());
        }
        ArrayNode refs = o.putArray("references");
        for (int i = 0; i < d.references().size(); i++) {
            String r = d.references().get(i);
            if (Uris.isAbsolute(r)) {
                refs.addObject().put("reference", r);
            } else if (JsonOutput.present(r)) {
                partial.add(new Omission("/details/references/" + i, "MCT references are URIs, and this is not one"));
            }
        }
        citations(d.citations(), o.putArray("citations"), partial);
        return o;
    }

    private static void citations(List<Citation> citations, ArrayNode out, List<Omission> partial) {
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (JsonOutput.present(c.bibtex())) {
                out.addObject().put("style", "bibtex").put("citation", c.bibtex());
            }
            String inEntry = JsonOutput.present(c.bibtex()) ? MctImporter.bibtexKey(c.bibtex()) : null;
            if (JsonOutput.present(c.key()) && !c.key().equals(inEntry)) {
                partial.add(new Omission("/details/citations/" + i + "/key", "MCT keeps a citation's key only as the key of its "
                        + "BibTeX entry" + (inEntry == null ? ", and there is none" : ", which is " + inEntry)));
            }
            if (JsonOutput.present(c.apa())) {
                out.addObject().put("style", "apa").put("citation", c.apa());
            }
        }
    }

    static void putIfAny(ObjectNode parent, String name, ObjectNode section) {
        JsonOutput.prune(section);
        if (!section.isEmpty()) {
            parent.set(name, section);
        }
    }
}
