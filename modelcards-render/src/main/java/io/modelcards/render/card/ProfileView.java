package io.modelcards.render.card;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.DatasetStatistics.Column;
import io.modelcards.card.Distribution;
import io.modelcards.card.LabelDistribution;
import io.modelcards.card.PrivacyFinding;
import io.modelcards.card.DataProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A profiled dataset as template strings: identity facts, the method and accuracy sentences, the column table, text
 * and list lengths, the label distribution, sample rows, privacy findings and data problems, and the chart file.
 * Every number is formatted here ({@link Numbers}); the template only arranges the strings.
 */
final class ProfileView {
    private static final int TOP_SHOWN = 3;
    private static final int TOP_WIDTH = 24;
    private static final int EXAMPLES_SHOWN = 3;

    private ProfileView() {}

    static Map<String, Object> of(DatasetInfo d, String chart) {
        DatasetStatistics s = d.statistics();
        return DisplayText.row("name", Numbers.markdown(d.name() == null || d.name().isBlank() ? "(unnamed)" : d.name().strip()),
                "facts", facts(d, s), "method", method(s), "accuracy", Accuracy.sentence(s),
                "chart", chart, "columns", s.columns().stream().map(ProfileView::column).toList(),
                "lengths", Lengths.rows(s.columns()),
                "label_column", s.label() == null ? "" : Numbers.code(s.label().column()),
                "label_note", labelNote(s.label()), "label_rows", labelRows(s.label()),
                "sample_columns", sampleColumns(s), "sample_rows", sampleRows(s),
                "privacy", privacy(s.privacy()), "problems", problems(s.problems()));
    }

    private static List<Object> facts(DatasetInfo d, DatasetStatistics s) {
        List<Object> rows = new ArrayList<>();
        add(rows, "Source", d.sourceUri() == null ? null : "`" + Numbers.code(d.sourceUri()) + "`");
        add(rows, "Revision", d.revision() == null ? null : Numbers.markdown(d.revision()));
        add(rows, "Split", d.split() == null ? null : Numbers.markdown(d.split()));
        add(rows, "Rows", Numbers.count(d.rows() != null ? d.rows() : s.rows()));
        add(rows, "Size", d.bytes() == null ? null : DisplayText.bytes(d.bytes()));
        if (!s.files().isEmpty()) {
            String formats = s.files().stream()
                    .map(f -> f.format() + ("none".equals(f.compression()) || f.compression() == null ? "" : "+" + f.compression()))
                    .distinct().collect(Collectors.joining(", "));
            add(rows, "Files", s.files().size() + " (" + formats + ")");
        }
        add(rows, "Content hash", d.contentHash() == null ? null : "`" + Numbers.code(shortHash(d.contentHash())) + "`");
        add(rows, "Tokenizer", s.tokenizer() == null ? null : "`" + Numbers.code(s.tokenizer()) + "`");
        return rows;
    }

    /** "sha256:" and the first 12 hex digits: enough to tell versions apart in a card, the full hash is in the JSON. */
    static String shortHash(String hash) {
        int colon = hash.indexOf(':');
        String hex = hash.substring(colon + 1);
        return hash.substring(0, colon + 1) + (hex.length() > 12 ? hex.substring(0, 12) + "\u2026" : hex);
    }

    static String method(DatasetStatistics s) {
        if ("sample".equals(s.method())) {
            String n = s.sampled() == null ? "some" : Numbers.count(s.sampled());
            return "Sampled " + n + " of " + Numbers.count(s.rows()) + " rows" + (s.seed() == null ? "" : " with seed " + s.seed()) + ".";
        }
        return "Exact statistics over all " + Numbers.count(s.rows()) + " rows.";
    }

    private static Map<String, Object> column(Column c) {
        long all = c.count() + c.nulls();
        String distinct = c.distinct() == null ? ""
                : (Boolean.FALSE.equals(c.distinctExact()) ? "\u2248" : "") + Numbers.count(c.distinct());
        String top = c.top().stream().limit(TOP_SHOWN)
                .map(t -> "`" + Numbers.code(Numbers.shortenShowingMarkers(t.value(), TOP_WIDTH)) + "`"
                        + (t.percent() != null ? " " + Numbers.percent(t.percent()) : " (" + Numbers.count(t.count()) + ")"))
                .collect(Collectors.joining(", "));
        Double p50 = c.quantiles().get("p50");
        return DisplayText.row("name", "`" + Numbers.code(c.name()) + "`", "type", DisplayText.cell(DisplayText.str(c.type())),
                "count", Numbers.count(c.count()),
                "nulls", c.nulls() == 0 ? "0%" : Numbers.percent(100.0 * c.nulls() / all), "distinct", distinct,
                "min", Numbers.stat(c.min()), "max", Numbers.stat(c.max()), "mean", Numbers.stat(c.mean()),
                "p50", Numbers.stat(p50), "top", top);
    }

    private static String labelNote(LabelDistribution l) {
        if (l == null) {
            return "";
        }
        String how = l.detected() ? "detected by its name" : "named by the user";
        return l.complete() ? how : how + "; the most frequent " + l.classes().size() + " classes";
    }

    private static List<Object> labelRows(LabelDistribution l) {
        List<Object> rows = new ArrayList<>();
        if (l != null) {
            long total = l.classes().stream().mapToLong(DatasetStatistics.TopValue::count).sum();
            for (DatasetStatistics.TopValue t : l.classes()) {
                double pct = t.percent() != null ? t.percent() : total == 0 ? 0 : 100.0 * t.count() / total;
                rows.add(DisplayText.row("name", "`" + Numbers.code(Numbers.shortenShowingMarkers(t.value(), 60)) + "`",
                        "count", Numbers.count(t.count()), "percent", Numbers.percent(pct)));
            }
        }
        return rows;
    }

    private static List<String> sampleKeys(DatasetStatistics s) {
        Set<String> keys = new LinkedHashSet<>();
        s.columns().forEach(c -> keys.add(c.name()));
        s.samples().forEach(r -> keys.addAll(r.keySet()));
        keys.removeIf(k -> s.samples().stream().noneMatch(r -> r.containsKey(k)));
        return new ArrayList<>(keys);
    }

    private static List<String> sampleColumns(DatasetStatistics s) {
        return sampleKeys(s).stream().map(Numbers::markdown).toList();
    }

    private static List<Object> sampleRows(DatasetStatistics s) {
        List<String> keys = sampleKeys(s);
        List<Object> rows = new ArrayList<>();
        for (Map<String, String> r : s.samples()) {
            rows.add(DisplayText.row("cells", keys.stream().map(k -> r.get(k) == null ? "" : Numbers.markdown(r.get(k))).toList()));
        }
        return rows;
    }

    private static List<String> privacy(List<PrivacyFinding> findings) {
        return findings.stream().map(f -> Numbers.markdown(f.kind()) + " in `" + Numbers.code(f.column()) + "`: "
                + Numbers.count(f.count()) + (f.count() == 1 ? " value" : " values") + examples(f.locations())).toList();
    }

    private static List<String> problems(List<DataProblem> problems) {
        return problems.stream().map(p -> "`" + Numbers.code(p.code()) + "` (" + Numbers.markdown(p.severity()) + "): "
                + Numbers.count(p.count()) + (p.count() == 1 ? " time" : " times") + examples(p.examples())).toList();
    }

    private static String examples(List<String> examples) {
        if (examples.isEmpty()) {
            return "";
        }
        return ", first " + examples.stream().limit(EXAMPLES_SHOWN).map(e -> "`" + Numbers.code(Numbers.shorten(e, 160)) + "`")
                .collect(Collectors.joining(", "));
    }

    private static void add(List<Object> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(DisplayText.row("label", label, "value", value.strip()));
        }
    }

    /** Text and list length rows: one per column and measure. */
    static final class Lengths {
        private Lengths() {}

        static List<Object> rows(List<Column> columns) {
            List<Object> rows = new ArrayList<>();
            for (Column c : columns) {
                add(rows, c, "characters", c.chars());
                add(rows, c, "words", c.words());
                add(rows, c, "tokens", c.tokens());
                add(rows, c, "list items", c.listLength());
                add(rows, c, "bytes", c.sizeBytes());
            }
            return rows;
        }

        private static void add(List<Object> rows, Column c, String measure, Distribution d) {
            if (d == null || d.count() == 0) {
                return;
            }
            rows.add(DisplayText.row("column", "`" + Numbers.code(c.name()) + "`", "measure", measure, "mean", Numbers.stat(d.mean()),
                    "p50", Numbers.stat(d.quantiles().get("p50")), "p95", Numbers.stat(d.quantiles().get("p95")),
                    "max", Numbers.stat(d.max()), "total", d.total() == null ? "" : Numbers.stat(d.total())));
        }
    }
}
