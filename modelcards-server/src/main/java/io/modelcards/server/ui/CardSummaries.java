package io.modelcards.server.ui;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.EvalResult;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.diff.Direction;
import io.modelcards.hf.PythonFloat;
import io.modelcards.server.ui.view.CardSummary;
import io.modelcards.server.ui.view.DatasetRow;
import io.modelcards.server.ui.view.Fact;
import io.modelcards.server.ui.view.MetricRow;
import io.modelcards.server.ui.view.SectionScore;
import io.modelcards.server.ui.view.StaleRow;
import io.modelcards.staleness.StaleField;
import io.modelcards.staleness.Staleness;
import io.modelcards.validate.Completeness;
import io.modelcards.validate.CompletenessReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a card's summary panel from the typed card, with the completeness score and the stale fields computed as the
 * registry's search and {@code validate} compute them ({@link Completeness#score}, {@link Staleness#of}).
 */
final class CardSummaries {
    private CardSummaries() {
    }

    /** The summary of {@code card}, the current card of a version in {@code state} whose content hash is {@code revision}. */
    static CardSummary of(ModelCard card, String state, String revision) {
        Metadata m = card.metadata();
        List<Fact> facts = List.of(
                fact(card, "licence", "Licence", m.license() != null ? m.license() : m.licenseName(), "/metadata/license"),
                fact(card, "task", "Task", m.pipelineTag(), "/metadata/pipeline_tag"),
                fact(card, "library", "Library", m.libraryName(), "/metadata/library_name"),
                fact(card, "base-model", "Base model", m.baseModel().isEmpty() ? null : String.join(", ", m.baseModel()),
                        "/metadata/base_model"),
                fact(card, "risk", "Risk rating", card.governance().risk().text(), "/governance/risk"));
        CompletenessReport report = Completeness.score(card);
        Map<String, String> labels = new HashMap<>();
        List<SectionScore> sections = new ArrayList<>();
        for (CompletenessReport.Section s : report.sections()) {
            s.fields().forEach(f -> labels.put(f.pointer(), f.label()));
            sections.add(new SectionScore(s.name(), s.filled(), s.total(),
                    s.missing().stream().map(CompletenessReport.Field::label).toList()));
        }
        List<StaleRow> stale = new ArrayList<>();
        for (StaleField f : Staleness.of(card)) {
            stale.add(new StaleRow(labels.getOrDefault(f.pointer(), f.pointer()), f.pointer(), f.reason(),
                    origin(card, f.pointer())));
        }
        return new CardSummary(state, revision, facts, datasets(card), metrics(card), report.overall(), sections, stale);
    }

    /** Where the value at {@code pointer} came from, in words, or null when the card does not record it. */
    static String origin(ModelCard card, String pointer) {
        Origin o = card.provenance().originOf(pointer);
        if (o instanceof Origin.Auto a) {
            return "captured by " + (a.source() == null ? "a tool" : a.source());
        }
        if (o instanceof Origin.Human h) {
            StringBuilder b = new StringBuilder("written by ").append(h.author() == null ? "a person" : h.author());
            if (h.file() != null) {
                b.append(" in ").append(h.file());
            }
            if (h.at() != null) {
                b.append(" on ").append(h.at());
            }
            if (h.confirmed() != null) {
                b.append("; confirmed by ").append(h.confirmed().by()).append(" on ").append(h.confirmed().at());
            }
            return b.toString();
        }
        return null;
    }

    /** A number as the rendered card writes it (Python's shortest form). */
    static String number(double d) {
        return PythonFloat.repr(d);
    }

    private static Fact fact(ModelCard card, String id, String label, String value, String pointer) {
        boolean blank = value == null || value.isBlank();
        return new Fact(id, label, blank ? null : value, blank ? null : origin(card, pointer));
    }

    private static List<DatasetRow> datasets(ModelCard card) {
        List<DatasetRow> out = new ArrayList<>();
        for (int i = 0; i < card.datasets().size(); i++) {
            DatasetInfo d = card.datasets().get(i);
            out.add(new DatasetRow(d.name() == null ? "(unnamed)" : d.name(), d.role(), d.split(), d.contentHash(),
                    d.rows() == null ? null : String.format(Locale.ROOT, "%,d", d.rows()), origin(card, "/datasets/" + i)));
        }
        return out;
    }

    private static List<MetricRow> metrics(ModelCard card) {
        List<MetricRow> out = new ArrayList<>();
        List<QuantitativeResult> results = card.evaluation().quantitative();
        for (int i = 0; i < results.size(); i++) {
            QuantitativeResult r = results.get(i);
            out.add(new MetricRow(r.metric(), where(r.dataset(), r.split(), r.slice()), number(r.value()),
                    interval(r.ciLow(), r.ciHigh(), r.ciLevel()), Direction.of(r.higherIsBetter(), r.metric()).word() + " is better",
                    r.primary(), origin(card, "/evaluation/quantitative/" + i)));
        }
        if (out.isEmpty()) {
            List<EvalResult> index = card.metadata().evalResults();
            for (int i = 0; i < index.size(); i++) {
                EvalResult r = index.get(i);
                String value = r.metricValue() instanceof Number n ? number(n.doubleValue()) : String.valueOf(r.metricValue());
                String dataset = r.datasetName() != null ? r.datasetName() : r.datasetType();
                out.add(new MetricRow(r.metricType(), where(dataset, r.datasetSplit(), Map.of()), value, null,
                        Direction.of(r.metricType()).word() + " is better", false, origin(card, "/metadata/eval_results/" + i)));
            }
        }
        return out;
    }

    private static String where(String dataset, String split, Map<String, String> slice) {
        StringBuilder b = new StringBuilder(dataset == null ? "-" : dataset);
        if (split != null) {
            b.append('/').append(split);
        }
        if (!slice.isEmpty()) {
            b.append(slice.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", " [", "]")));
        }
        return b.toString();
    }

    private static String interval(Double low, Double high, Double level) {
        if (low == null || high == null) {
            return null;
        }
        String text = number(low) + " – " + number(high);
        return level == null ? text : text + " (" + BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%)";
    }
}
