package io.modelcards.standards.internal.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Emissions;
import io.modelcards.card.Energy;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.CardMappers;
import java.util.Locale;
import java.util.Map;

/** The {@code ai_AIPackage} of a card (research B.2), its required properties given by {@link SpdxExporter}. */
final class AiPackage {
    private AiPackage() {}

    static ObjectNode of(ModelCard card, Graph graph, Required required) {
        ObjectNode p = graph.element("ai_AIPackage", "ai-package");
        text(p, "name", card.details().name() != null ? card.details().name() : card.metadata().modelName());
        text(p, "summary", card.details().summary());
        text(p, "description", card.details().description());
        p.put("software_packageVersion", required.version());
        p.put("software_downloadLocation", required.modelLocation());
        p.put("software_primaryPurpose", "model");
        p.put("releaseTime", required.releaseTime());
        p.put("suppliedBy", required.supplier());
        if (card.metadata().pipelineTag() != null) {
            p.putArray("ai_domain").add(card.metadata().pipelineTag());
        }
        if (card.details().modelType() != null) {
            p.putArray("ai_typeOfModel").add(card.details().modelType());
        }
        energy(p, card);
        hyperparameters(p, card.training().hyperparameters().all());
        text(p, "ai_informationAboutApplication", card.uses().directUse());
        text(p, "ai_informationAboutTraining", card.training().procedure());
        text(p, "ai_limitation", card.considerations().biasRisksLimitations());
        metrics(p, card);
        if (card.training().preprocessing() != null) {
            p.putArray("ai_modelDataPreprocessing").add(card.training().preprocessing());
        }
        if (card.governance().risk() != RiskRating.UNKNOWN) {
            p.put("ai_safetyRiskAssessment", card.governance().risk().text());
        }
        return p;
    }

    private static void text(ObjectNode into, String field, String value) {
        if (value != null) {
            into.put(field, value);
        }
    }

    private static void energy(ObjectNode p, ModelCard card) {
        Energy e = card.training().energy();
        if (e == null || e.kwh() == null) {
            return;
        }
        Emissions em = card.metadata().co2EqEmissions();
        boolean fine = em != null && em.trainingType() != null && em.trainingType().toLowerCase(Locale.ROOT).contains("fine");
        ObjectNode consumption = p.putObject("ai_energyConsumption").put("type", "ai_EnergyConsumption");
        consumption.putArray(fine ? "ai_finetuningEnergyConsumption" : "ai_trainingEnergyConsumption").addObject()
                .put("type", "ai_EnergyConsumptionDescription").put("ai_energyQuantity", e.kwh()).put("ai_energyUnit", "kilowattHour");
    }

    private static void hyperparameters(ObjectNode p, Map<String, Object> all) {
        if (all.isEmpty()) {
            return;
        }
        ArrayNode list = p.putArray("ai_hyperparameter");
        all.forEach((k, v) -> {
            ObjectNode entry = list.addObject().put("type", "DictionaryEntry").put("key", k);
            if (v != null) {
                entry.put("value", v instanceof String s ? s : CardMappers.json().valueToTree(v).toString());
            }
        });
    }

    private static void metrics(ObjectNode p, ModelCard card) {
        if (card.evaluation().quantitative().isEmpty()) {
            return;
        }
        ArrayNode list = p.putArray("ai_metric");
        for (QuantitativeResult r : card.evaluation().quantitative()) {
            StringBuilder key = new StringBuilder(r.metric() == null ? "metric" : r.metric());
            if (!r.slice().isEmpty()) {
                key.append(' ').append(r.slice());
            }
            if (r.dataset() != null) {
                key.append(" on ").append(r.dataset()).append(r.split() == null ? "" : " (" + r.split() + ")");
            }
            list.addObject().put("type", "DictionaryEntry").put("key", key.toString()).put("value", Double.toString(r.value()));
        }
    }
}
