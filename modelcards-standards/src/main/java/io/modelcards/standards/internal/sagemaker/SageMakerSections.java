package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Considerations;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.CardMappers;
import io.modelcards.standards.internal.mct.JsonOutput;
import io.modelcards.standards.internal.mct.Pointers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The model overview, intended uses, business details and additional information of SageMaker content. */
final class SageMakerSections {
    static final int SHORT = 1024;
    static final int LONG = 2048;
    static final int ARTIFACTS = 15;

    private SageMakerSections() {}

    static ObjectNode overview(ModelCard card, Fit fit) {
        ModelDetails d = card.details();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fit.text(o, "model_description", d.summary(), SHORT, "/details/summary", "model_description");
        fit.text(o, "model_creator", d.developers(), SHORT, "/details/developers", "model_creator");
        if (JsonOutput.present(d.artifact())) {
            o.putArray("model_artifact").add(fit.cut(d.artifact(), SHORT, "/details/artifact", "model_artifact"));
        }
        fit.text(o, "algorithm_type", d.architecture(), SHORT, "/details/architecture", "algorithm_type");
        // The schema sets no limit here; 1024 like its neighbours keeps the content's total within SageMaker's limit.
        fit.text(o, "problem_type", d.modelType(), SHORT, "/details/model_type", "problem_type");
        fit.text(o, "model_owner", owners(d.owners()), SHORT, "/details/owners", "model_owner");
        return o;
    }

    /** Owners as {@code name <contact>} joined by {@code ; }; {@link SageMakerImporter} reads them back. */
    static String owners(List<ModelDetails.Owner> owners) {
        return owners.stream().map(w -> (w.name() == null ? "" : w.name()) + (w.contact() == null ? "" : " <" + w.contact() + ">"))
                .map(String::strip).collect(Collectors.joining("; "));
    }

    static ObjectNode uses(ModelCard card, Fit fit) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fit.text(o, "intended_uses", card.uses().directUse(), LONG, "/uses/direct_use", "intended_uses");
        RiskRating risk = card.governance().risk();
        if (risk != RiskRating.UNKNOWN) {
            String name = risk.name();
            o.put("risk_rating", name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
        }
        fit.text(o, "explanations_for_risk_rating", card.governance().riskRationale(), LONG, "/governance/risk_rationale",
                "explanations_for_risk_rating");
        return o;
    }

    static ObjectNode business(ModelCard card, Fit fit) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fit.text(o, "business_problem", card.governance().businessContext(), LONG, "/governance/business_context",
                "business_problem");
        return o;
    }

    static ObjectNode additional(ModelCard card, Fit fit) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fit.text(o, "ethical_considerations", risks(card.considerations().ethicalConsiderations()), LONG,
                "/considerations/ethical_considerations", "ethical_considerations");
        fit.text(o, "caveats_and_recommendations", card.considerations().caveats(), LONG, "/considerations/caveats",
                "caveats_and_recommendations");
        ObjectNode custom = o.putObject("custom_details");
        custom(custom, "model_name", card.details().name(), "/details/name", fit);
        custom(custom, "model_version", card.details().version(), "/details/version", fit);
        custom(custom, "license", card.metadata().license(), "/metadata/license", fit);
        for (Map.Entry<String, Object> e : card.governance().customFields().entrySet()) {
            String pointer = Pointers.child("/governance/custom_fields", e.getKey());
            if (e.getValue() == null) {
                continue;
            }
            if (custom.has(e.getKey())) {
                fit.leaveOut(pointer, "left out: SageMaker's custom_details already has \"" + e.getKey() + "\" for the card's own "
                        + "value");
                continue;
            }
            String text = e.getValue() instanceof String s ? s : json(e.getValue());
            if (!(e.getValue() instanceof String)) {
                fit.leaveOut(pointer, "written as the text " + text + ": SageMaker's custom details are text");
            }
            custom(custom, e.getKey(), text, pointer, fit);
        }
        return o;
    }

    private static void custom(ObjectNode custom, String key, String value, String pointer, Fit fit) {
        if (JsonOutput.present(value)) {
            custom.put(key, fit.cut(value, SHORT, pointer, "custom_details value"));
            fit.droppable(custom.get(key), Fit.KEEP_LONGEST, pointer);
        }
    }

    /** Risks as {@code name: mitigation} lines; {@link SageMakerImporter} reads them back. */
    static String risks(List<Considerations.Risk> risks) {
        return risks.stream().map(r -> (r.name() == null ? "" : r.name()) + (r.mitigation() == null ? "" : ": " + r.mitigation()))
                .collect(Collectors.joining("\n"));
    }

    static String json(Object value) {
        try {
            JsonNode n = CardMappers.json().valueToTree(value);
            return JsonOutput.compact(n);
        } catch (IllegalArgumentException e) {
            return String.valueOf(value);
        }
    }
}
