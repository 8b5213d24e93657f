package io.modelcards.standards.internal.spdx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Exporter;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import io.modelcards.standards.Standard;
import io.modelcards.standards.internal.Uris;
import io.modelcards.standards.internal.cyclonedx.Licenses;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a card as SPDX 3.0.1 JSON-LD with the AI and Dataset profiles: an {@code ai_AIPackage}, one
 * {@code dataset_DatasetPackage} per dataset linked by {@code trainedOn}/{@code testedOn} relationships, the supplier
 * Organization, the licence as a declared licence expression, all in {@code @graph} with ids derived from the card's
 * content hash. The properties the profiles require are checked here (the JSON schema does not): a card without a
 * supplier or a version is refused, naming the field to fill; the others have documented stand-ins (see the mapping).
 */
public final class SpdxExporter implements Exporter {
    static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

    @Override
    public Standard standard() {
        return Standard.SPDX;
    }

    @Override
    public List<String> specVersions() {
        return List.of("3.0.1");
    }

    @Override
    public List<MappingRow> mapping() {
        return SpdxMapping.ROWS;
    }

    @Override
    public Exported export(ModelCard card, ExportOptions options) throws InvalidInputException {
        if (options.specVersion() != null && !specVersions().contains(options.specVersion())) {
            throw new IllegalArgumentException("SPDX " + options.specVersion() + " is not written: use 3.0.1");
        }
        Graph graph = new Graph(ContentHash.of(card).hex());
        Required required = required(card, options, graph);
        ObjectNode info = graph.elements().addObject();
        info.put("type", "CreationInfo").put("@id", Graph.CREATION_INFO).put("specVersion", "3.0.1")
                .put("created", options.created().truncatedTo(ChronoUnit.SECONDS).toString());
        info.putArray("createdBy").add(required.supplier());
        info.putArray("createdUsing").add(graph.id("tool"));
        graph.element("Organization", "supplier").put("name", supplierName(card.details()));
        graph.element("Tool", "tool").put("name", "modelcards");
        ObjectNode model = AiPackage.of(card, graph, required);
        String modelId = model.get("spdxId").textValue();
        List<Omission> omissions = new ArrayList<>();
        license(card, graph, modelId, omissions);
        for (int i = 0; i < card.datasets().size(); i++) {
            DatasetPackages.add(card.datasets().get(i), i, modelId, graph, required);
        }
        ObjectNode doc = graph.element("SpdxDocument", "document");
        doc.put("name", model.has("name") ? model.get("name").textValue() + " (model card)" : "model card");
        ArrayNode profiles = doc.putArray("profileConformance");
        List.of("core", "software", "ai", "dataset").forEach(profiles::add);
        doc.putArray("rootElement").add(modelId);
        omissions.addAll(SpdxOmissions.of(tree(card)));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("@context", CONTEXT);
        root.set("@graph", graph.elements());
        return new Exported(write(root), omissions);
    }

    private static Required required(ModelCard card, ExportOptions options, Graph graph) throws InvalidInputException {
        List<Diagnostic> problems = new ArrayList<>();
        ModelDetails d = card.details();
        if (supplierName(d) == null) {
            problems.add(Diagnostic.error("-", 0, 0, "spdx/missing-supplier", "SPDX requires who supplies the model "
                    + "(suppliedBy): set /details/developers (or name an owner in /details/owners)").atPointer("/details/developers"));
        }
        if (d.version() == null) {
            problems.add(Diagnostic.error("-", 0, 0, "spdx/missing-version", "SPDX requires the model's version "
                    + "(software_packageVersion): set /details/version").atPointer("/details/version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String location = Uris.isAbsolute(d.repository()) ? d.repository() : Graph.NO_ASSERTION;
        return new Required(d.version(), location, releaseTime(d.date(), options.created()), graph.id("supplier"));
    }

    /** Who supplies the model: its developers, else its first named owner, else who shared it. */
    static String supplierName(ModelDetails d) {
        if (d.developers() != null) {
            return d.developers();
        }
        return d.owners().stream().filter(o -> o != null && o.name() != null).map(ModelDetails.Owner::name).findFirst()
                .orElse(d.sharedBy());
    }

    /** The card's date (a day, or an instant) at second precision, as SPDX's DateTime wants; else the export's time. */
    static String releaseTime(String date, Instant created) {
        if (date != null) {
            try {
                return LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(date).truncatedTo(ChronoUnit.SECONDS).toString();
                } catch (DateTimeParseException notAnInstant) {
                    // Free text ("spring 2025") is no time: the export's time stands in, as for no date.
                }
            }
        }
        return created.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void license(ModelCard card, Graph graph, String modelId, List<Omission> omissions) {
        String license = card.metadata().license();
        if (license == null) {
            return;
        }
        String id = Licenses.spdxId(license);
        if (id == null) {
            omissions.add(new Omission("/metadata/license", "\"" + license + "\" has no SPDX licence id known to modelcards"));
            return;
        }
        graph.element("simplelicensing_LicenseExpression", "license").put("simplelicensing_licenseExpression", id);
        graph.relationship("license-relationship", modelId, "hasDeclaredLicense", graph.id("license"));
    }


    private static JsonNode tree(ModelCard card) {
        try {
            return CardMappers.json().readTree(CardCodec.toJson(card));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode doc) {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
