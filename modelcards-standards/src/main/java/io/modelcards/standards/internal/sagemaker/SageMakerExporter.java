package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.ExportOptions;
import io.modelcards.standards.Exported;
import io.modelcards.standards.Exporter;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Standard;
import io.modelcards.standards.internal.mct.JsonOutput;
import io.modelcards.standards.internal.mct.Uncarried;
import java.util.List;
import java.util.Set;

/**
 * Writes a card as SageMaker model card content (the {@code sagemaker-core} content schema, version 0.1.0), within
 * SageMaker's limits: what does not fit is cut or left out and reported, never silently. The content schema has no
 * status, so with a status the document is a {@code CreateModelCard} request instead: {@code ModelCardName},
 * {@code ModelCardStatus} and the content as the {@code Content} string.
 */
public final class SageMakerExporter implements Exporter {
    static final String SCHEMA_VERSION = "0.1.0";
    private static final Uncarried UNCARRIED = new Uncarried(SageMakerMapping.ROWS, Set.of("/training/log/*/best"),
            "SageMaker has no place for it");

    @Override
    public Standard standard() {
        return Standard.SAGEMAKER;
    }

    @Override
    public List<String> specVersions() {
        return List.of(SCHEMA_VERSION);
    }

    @Override
    public List<MappingRow> mapping() {
        return SageMakerMapping.ROWS;
    }

    @Override
    public Exported export(ModelCard card, ExportOptions options) throws InvalidInputException {
        String name = null;
        String status = null;
        if (options.status() != null) {
            status = SageMakerStatus.of(options.status());
            name = cardName(card.details().name());
        }
        Fit fit = new Fit();
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.set("model_overview", SageMakerSections.overview(card, fit));
        content.set("intended_uses", SageMakerSections.uses(card, fit));
        content.set("business_details", SageMakerSections.business(card, fit));
        content.set("training_details", SageMakerTraining.training(card, fit));
        content.set("evaluation_details", SageMakerEvaluation.evaluations(card.evaluation().quantitative(), fit));
        content.set("additional_information", SageMakerSections.additional(card, fit));
        JsonOutput.prune(content);
        content = ContentBudget.fit(content, fit);
        JsonNode doc = content;
        if (status != null) {
            doc = JsonNodeFactory.instance.objectNode().put("ModelCardName", name).put("ModelCardStatus", status)
                    .put("Content", JsonOutput.compact(content));
        }
        JsonNode tree = Uncarried.tree(card);
        return new Exported(JsonOutput.write(doc), Uncarried.inCardOrder(tree, UNCARRIED.find(tree), fit.omissions));
    }

    /** The card's name as a SageMaker card name: letters and digits, runs of anything else as one hyphen, at most 63. */
    static String cardName(String name) throws InvalidInputException {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 63 ? s.substring(0, 63).replaceAll("-+$", "") : s;
        if (s.isEmpty()) {
            Diagnostic d = Diagnostic.error("-", 0, 0, "export/missing-name", "/details/name: a SageMaker card with a status "
                    + "needs a name with a letter or digit: set details.name").atPointer("/details/name");
            throw new InvalidInputException(d);
        }
        return s;
    }
}
