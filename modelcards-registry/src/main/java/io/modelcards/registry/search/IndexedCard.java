package io.modelcards.registry.search;

import io.modelcards.card.Considerations;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Evaluation;
import io.modelcards.card.Facts;
import io.modelcards.card.IntendedUse;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.Section;
import io.modelcards.card.Training;
import io.modelcards.staleness.Staleness;
import io.modelcards.validate.Completeness;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the search index keeps of one card: the facts searched by key, the overall metric results, and the words of its
 * human text. Pure: the same card always gives the same rows.
 *
 * @param cardName     the name the card gives its model, or null
 * @param risk         the risk rating's word
 * @param staleCount   how many human fields are stale
 * @param completeness the completeness score, 0 to 100
 * @param primary      the headline metric, or null
 * @param facets       (kind, lower-cased value) pairs: tag, license, dataset, dataset_hash, base_model
 * @param metrics      overall results (not those on a slice), names lower-cased
 * @param text         the words of the card's name and of each human section ({@link Terms#words}), one list per field that
 *                     has words, in order, at most {@value #MAX_TEXT} characters of words in all: a phrase matches where
 *                     its words are adjacent within one field
 */
record IndexedCard(String cardName, String risk, int staleCount, int completeness, SearchHit.Metric primary, List<Facet> facets,
        List<MetricRow> metrics, List<List<String>> text) {
    /** The widest facet value, metric type, dataset and split the index columns hold; longer values are not indexed. */
    static final int FACET_WIDTH = 300;
    static final int NAME_WIDTH = 100;
    /** The most characters of words kept of one card: words further on are not found. */
    static final int MAX_TEXT = 200_000;

    /** One searchable fact. */
    record Facet(String kind, String value) {}

    /** One overall metric result. */
    record MetricRow(String metric, double score, String dataset, String split, Double ciLow, Double ciHigh) {}

    static IndexedCard of(ModelCard card) {
        Metadata md = card.metadata();
        Set<Facet> facets = new LinkedHashSet<>();
        md.tags().forEach(t -> facet(facets, "tag", t));
        facet(facets, "license", md.license());
        md.datasets().forEach(d -> facet(facets, "dataset", d));
        for (DatasetInfo d : card.datasets()) {
            if (d != null) {
                facet(facets, "dataset", d.name());
                facet(facets, "dataset_hash", d.contentHash());
            }
        }
        md.baseModel().forEach(b -> facet(facets, "base_model", b));
        String name = Facts.modelName(card);
        List<String> fields = new ArrayList<>();
        fields.add(nz(name));
        fields.addAll(humanText(card));
        return new IndexedCard(name, card.governance().risk().text(), Staleness.of(card).size(), Completeness.score(card).overall(),
                primary(card), List.copyOf(facets), metrics(card), text(fields));
    }

    /** The fields' words, each field a list, cut at a word's end to at most {@value #MAX_TEXT} characters in all. */
    static List<List<String>> text(List<String> fields) {
        List<List<String>> out = new ArrayList<>();
        int length = 0;
        for (String field : fields) {
            List<String> words = new ArrayList<>();
            for (String w : Terms.words(field)) {
                length += w.length() + 1;
                if (length > MAX_TEXT) {
                    break;
                }
                words.add(w);
            }
            if (!words.isEmpty()) {
                out.add(List.copyOf(words));
            }
            if (length > MAX_TEXT) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static void facet(Set<Facet> into, String kind, String value) {
        if (value != null && !value.isBlank() && value.length() <= FACET_WIDTH) {
            into.add(new Facet(kind, value.strip().toLowerCase(Locale.ROOT)));
        }
    }

    private static List<MetricRow> metrics(ModelCard card) {
        Set<MetricRow> rows = new LinkedHashSet<>();
        for (QuantitativeResult r : card.evaluation().quantitative()) {
            if (r != null && r.slice().isEmpty() && Double.isFinite(r.value())) {
                row(rows, r.metric(), r.value(), r.dataset(), r.split(), r.ciLow(), r.ciHigh());
            }
        }
        for (EvalResult r : card.metadata().evalResults()) {
            if (r != null && r.metricValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                row(rows, r.metricType(), n.doubleValue(), r.datasetType(), r.datasetSplit(), null, null);
                if (r.datasetName() != null && !r.datasetName().equalsIgnoreCase(String.valueOf(r.datasetType()))) {
                    row(rows, r.metricType(), n.doubleValue(), r.datasetName(), r.datasetSplit(), null, null);
                }
            }
        }
        return List.copyOf(rows);
    }

    private static void row(Set<MetricRow> into, String metric, double score, String dataset, String split, Double low, Double high) {
        if (metric == null || metric.isBlank() || metric.length() > NAME_WIDTH || length(dataset) > FACET_WIDTH
                || length(split) > NAME_WIDTH) {
            return;
        }
        into.add(new MetricRow(lower(metric), score, lower(dataset), lower(split), low, high));
    }

    private static SearchHit.Metric primary(ModelCard card) {
        List<QuantitativeResult> all = card.evaluation().quantitative().stream().filter(Objects::nonNull).toList();
        QuantitativeResult q = all.stream().filter(QuantitativeResult::primary).findFirst()
                .orElse(all.stream().filter(r -> r.slice().isEmpty()).findFirst().orElse(null));
        if (q != null && q.metric() != null) {
            return new SearchHit.Metric(q.metric(), q.value(), q.dataset(), q.split());
        }
        return card.metadata().evalResults().stream()
                .filter(r -> r != null && r.metricType() != null && r.metricValue() instanceof Number).findFirst()
                .map(r -> new SearchHit.Metric(r.metricType(), ((Number) r.metricValue()).doubleValue(),
                        r.datasetName() != null ? r.datasetName() : r.datasetType(), r.datasetSplit()))
                .orElse(null);
    }

    /** The text people write in a card: the prose fields and the free sections, headings included. */
    static List<String> humanText(ModelCard card) {
        ModelDetails d = card.details();
        IntendedUse u = card.uses();
        Evaluation e = card.evaluation();
        Training t = card.training();
        Considerations c = card.considerations();
        List<String> out = new ArrayList<>(List.of(nz(d.summary()), nz(d.description()), nz(d.modelType()), nz(d.architecture()),
                nz(d.howToGetStarted()), nz(d.glossary()), nz(d.moreInformation()), nz(u.directUse()), nz(u.downstreamUse()),
                nz(u.outOfScopeUse()), nz(u.primaryUsers()), nz(e.testingData()), nz(e.factors()), nz(e.metrics()), nz(e.results()),
                nz(e.summary()), nz(e.examination()), nz(t.trainingData()), nz(t.preprocessing()), nz(t.procedure()),
                nz(t.speedsSizesTimes()), nz(t.compute()), nz(c.biasRisksLimitations()), nz(c.recommendations()), nz(c.caveats()),
                nz(card.governance().riskRationale()), nz(card.governance().businessContext())));
        c.ethicalConsiderations().stream().filter(Objects::nonNull)
                .flatMap(r -> Stream.of(nz(r.name()), nz(r.mitigation()))).forEach(out::add);
        for (Section s : card.sections()) {
            if (s != null) {
                out.add(nz(s.heading()));
                out.add(nz(s.body()));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
