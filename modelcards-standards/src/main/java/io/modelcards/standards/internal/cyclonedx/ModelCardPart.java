package io.modelcards.standards.internal.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Considerations;
import io.modelcards.card.Energy;
import io.modelcards.card.ModelCard;
import io.modelcards.card.QuantitativeResult;
import java.util.List;

/** Writes the {@code modelCard} object of the model component (research A.3): parameters, metrics, considerations. */
final class ModelCardPart {
    /** Names the card fields a list of CycloneDX texts was made of, in order, so that the import puts each back. */
    static final String SOURCES = Leftovers.PREFIX + "sources:";

    private ModelCardPart() {}

    static ObjectNode of(ModelCard card, List<String> datasetRefs, Taken taken, ArrayNode sources) {
        ObjectNode mc = Leftovers.object();
        mc.put("bom-ref", "model-card");
        ObjectNode params = mc.putObject("modelParameters");
        taken.text(params, "task", card.metadata().pipelineTag(), "/metadata/pipeline_tag");
        taken.text(params, "architectureFamily", card.details().modelType(), "/details/model_type");
        taken.text(params, "modelArchitecture", card.details().architecture(), "/details/architecture");
        if (!datasetRefs.isEmpty()) {
            ArrayNode ds = params.putArray("datasets");
            datasetRefs.forEach(r -> ds.addObject().put("ref", r));
        }
        if (params.isEmpty()) {
            mc.remove("modelParameters");
        }
        List<QuantitativeResult> results = card.evaluation().quantitative();
        if (!results.isEmpty()) {
            ArrayNode metrics = mc.putObject("quantitativeAnalysis").putArray("performanceMetrics");
            for (int i = 0; i < results.size(); i++) {
                metrics.add(metric(results.get(i), "/evaluation/quantitative/" + i, taken));
            }
        }
        ObjectNode considerations = considerations(card, taken, sources);
        if (!considerations.isEmpty()) {
            mc.set("considerations", considerations);
        }
        return mc;
    }

    private static ObjectNode metric(QuantitativeResult r, String at, Taken taken) {
        ObjectNode m = Leftovers.object();
        taken.text(m, "type", r.metric(), at + "/metric");
        taken.text(m, "value", Texts.number(r.value()), at + "/value");
        taken.text(m, "slice", Texts.slice(r.slice()), at + "/slice");
        if (r.ciLow() != null || r.ciHigh() != null) {
            ObjectNode ci = m.putObject("confidenceInterval");
            taken.text(ci, "lowerBound", r.ciLow() == null ? null : Texts.number(r.ciLow()), at + "/ci_low");
            taken.text(ci, "upperBound", r.ciHigh() == null ? null : Texts.number(r.ciHigh()), at + "/ci_high");
        }
        return m;
    }

    private static ObjectNode considerations(ModelCard card, Taken taken, ArrayNode sources) {
        ObjectNode c = Leftovers.object();
        Considerations k = card.considerations();
        list(c, "users", taken, sources, new String[] {card.uses().primaryUsers()}, "/uses/primary_users");
        list(c, "useCases", taken, sources, new String[] {card.uses().directUse(), card.uses().downstreamUse()},
                "/uses/direct_use", "/uses/downstream_use");
        list(c, "technicalLimitations", taken, sources, new String[] {k.biasRisksLimitations(), k.caveats()},
                "/considerations/bias_risks_limitations", "/considerations/caveats");
        if (!k.ethicalConsiderations().isEmpty() && k.ethicalConsiderations().stream().allMatch(r -> r != null)) {
            ArrayNode risks = c.putArray("ethicalConsiderations");
            for (Considerations.Risk r : k.ethicalConsiderations()) {
                ObjectNode risk = risks.addObject();
                if (r.name() != null) {
                    risk.put("name", r.name());
                }
                if (r.mitigation() != null) {
                    risk.put("mitigationStrategy", r.mitigation());
                }
            }
            taken.mark("/considerations/ethical_considerations");
        }
        Fairness.of(card.evaluation().quantitative()).ifPresent(f -> c.set("fairnessAssessments", f));
        Energy e = card.training().energy();
        if (e != null && e.kwh() != null) {
            c.set("environmentalConsiderations", Environmental.of(card, e, taken));
        }
        return c;
    }

    /** Writes the non-null texts as one list, and records which card field each came from. */
    private static void list(ObjectNode into, String field, Taken taken, ArrayNode sources, String[] values, String... pointers) {
        ArrayNode list = Leftovers.object().arrayNode();
        StringBuilder from = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                taken.add(list, values[i], pointers[i]);
                from.append(from.length() == 0 ? "" : " ").append(pointers[i]);
            }
        }
        if (!list.isEmpty()) {
            into.set(field, list);
            sources.addObject().put("name", SOURCES + "considerations." + field).put("value", from.toString());
        }
    }
}
