package io.modelcards.hf;

import io.modelcards.card.Citation;
import io.modelcards.card.Considerations;
import io.modelcards.card.Evaluation;
import io.modelcards.card.IntendedUse;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.Training;
import java.util.List;
import java.util.Map;

/** Reads and sets the card's Markdown fields that README sections map to, by JSON Pointer. */
final class CardFields {
    private CardFields() {}

    /** The text at {@code pointer}, or null. */
    static String text(ModelCard c, String pointer) {
        Object v = get(c, pointer);
        return v instanceof String s ? s : null;
    }

    static List<Citation> citations(ModelCard c) {
        return c.details().citations();
    }

    /** The value at {@code pointer}: a String, or the citation list for {@code /details/citations}. */
    static Object get(ModelCard c, String pointer) {
        ModelDetails d = c.details();
        IntendedUse u = c.uses();
        Considerations k = c.considerations();
        Training t = c.training();
        Evaluation e = c.evaluation();
        return switch (pointer) {
            case "/details/name" -> d.name();
            case "/details/summary" -> d.summary();
            case "/details/description" -> d.description();
            case "/details/developers" -> d.developers();
            case "/details/funded_by" -> d.fundedBy();
            case "/details/shared_by" -> d.sharedBy();
            case "/details/model_type" -> d.modelType();
            case "/details/repository" -> d.repository();
            case "/details/paper" -> d.paper();
            case "/details/demo" -> d.demo();
            case "/details/how_to_get_started" -> d.howToGetStarted();
            case "/details/architecture" -> d.architecture();
            case "/details/citations" -> d.citations();
            case "/details/glossary" -> d.glossary();
            case "/details/more_information" -> d.moreInformation();
            case "/details/card_authors" -> d.cardAuthors();
            case "/details/contact" -> d.contact();
            case "/uses/direct_use" -> u.directUse();
            case "/uses/downstream_use" -> u.downstreamUse();
            case "/uses/out_of_scope_use" -> u.outOfScopeUse();
            case "/considerations/bias_risks_limitations" -> k.biasRisksLimitations();
            case "/considerations/recommendations" -> k.recommendations();
            case "/training/training_data" -> t.trainingData();
            case "/training/procedure" -> t.procedure();
            case "/training/preprocessing" -> t.preprocessing();
            case "/training/speeds_sizes_times" -> t.speedsSizesTimes();
            case "/training/compute" -> t.compute();
            case "/evaluation/testing_data" -> e.testingData();
            case "/evaluation/factors" -> e.factors();
            case "/evaluation/metrics" -> e.metrics();
            case "/evaluation/results" -> e.results();
            case "/evaluation/summary" -> e.summary();
            case "/evaluation/examination" -> e.examination();
            default -> throw new IllegalArgumentException("not a README field: " + pointer);
        };
    }

    /** Whether the value counts as content: non-null text, or a non-empty citation list. */
    static boolean present(Object v) {
        return v instanceof String || (v instanceof List<?> l && !l.isEmpty());
    }

    /** A copy of {@code c} with every field in {@code values} set. */
    @SuppressWarnings("unchecked")
    static ModelCard with(ModelCard c, Map<String, Object> values) {
        ModelDetails d = c.details();
        IntendedUse u = c.uses();
        Considerations k = c.considerations();
        Training t = c.training();
        Evaluation e = c.evaluation();
        java.util.function.Function<String, String> s = p -> values.containsKey(p) ? (String) values.get(p) : text(c, p);
        d = new ModelDetails(s.apply("/details/name"), s.apply("/details/summary"), s.apply("/details/description"),
                s.apply("/details/developers"), s.apply("/details/funded_by"), s.apply("/details/shared_by"), d.version(), d.date(),
                s.apply("/details/model_type"), s.apply("/details/architecture"), d.owners(), s.apply("/details/repository"),
                s.apply("/details/paper"), s.apply("/details/demo"), d.references(),
                values.containsKey("/details/citations") ? (List<Citation>) values.get("/details/citations") : d.citations(),
                s.apply("/details/how_to_get_started"), s.apply("/details/card_authors"), s.apply("/details/contact"),
                s.apply("/details/glossary"), s.apply("/details/more_information"));
        u = new IntendedUse(s.apply("/uses/direct_use"), s.apply("/uses/downstream_use"), s.apply("/uses/out_of_scope_use"), u.primaryUsers());
        k = new Considerations(s.apply("/considerations/bias_risks_limitations"), s.apply("/considerations/recommendations"),
                k.ethicalConsiderations(), k.caveats());
        t = new Training(s.apply("/training/training_data"), s.apply("/training/preprocessing"), s.apply("/training/procedure"),
                t.hyperparameters(), s.apply("/training/speeds_sizes_times"), t.log(), t.environment(), t.energy(), s.apply("/training/compute"));
        e = new Evaluation(s.apply("/evaluation/testing_data"), s.apply("/evaluation/factors"), s.apply("/evaluation/metrics"),
                s.apply("/evaluation/results"), s.apply("/evaluation/summary"), e.quantitative(), s.apply("/evaluation/examination"));
        return c.withDetails(d).withUses(u).withConsiderations(k).withTraining(t).withEvaluation(e);
    }
}
