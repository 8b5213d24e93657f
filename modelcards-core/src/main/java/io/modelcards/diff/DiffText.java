package io.modelcards.diff;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The diff as plain text for a terminal: one block per part that has something to say, columns aligned, no colour.
 * Removed words read {@code [-like this-]} and added ones {@code {+like this+}}, as in {@code git diff --word-diff}.
 */
public final class DiffText {
    private static final String INDENT = "  ";
    private static final String ARROW = " → ";

    private DiffText() {}

    /** The diff as text, ending with a newline. */
    public static String write(Diff d) {
        StringBuilder b = new StringBuilder();
        b.append("Model: ").append(DiffSummary.model(d.model())).append('\n');
        b.append("Summary: ").append(DiffSummary.line(d)).append('\n');
        if (!d.metadata().isEmpty()) {
            b.append("\nMetadata\n").append(keys(d.metadata()).render(INDENT));
        }
        evaluation(b, d.evaluation());
        datasets(b, d.datasets());
        if (!d.training().hyperparameters().isEmpty()) {
            b.append("\nHyperparameters\n").append(keys(d.training().hyperparameters()).render(INDENT));
        }
        if (!d.training().curve().isEmpty()) {
            TextTable t = new TextTable().row("metric", "better", "final", "best");
            for (CurveChange c : d.training().curve()) {
                t.row(c.metric(), c.direction().word(), Show.number(c.oldFinal()) + ARROW + Show.number(c.nowFinal()),
                        Show.number(c.oldBest()) + ARROW + Show.number(c.nowBest()));
            }
            b.append("\nTraining curve (old → new)\n").append(t.render(INDENT));
        }
        texts(b, "Human text", d.human());
        if (!d.stale().isEmpty()) {
            TextTable t = new TextTable();
            d.stale().forEach(s -> t.row(s.field(), s.reason()));
            b.append("\nStale in the new card (the facts the text was written against changed)\n").append(t.render(INDENT));
        }
        GovernanceChanges g = d.governance();
        if (g.risk() != null || !g.customFields().isEmpty()) {
            TextTable t = new TextTable();
            if (g.risk() != null) {
                t.row(g.risk().kind(), "risk rating", Show.value(g.risk().old()) + ARROW + Show.value(g.risk().now()));
            }
            g.customFields().forEach(k -> t.row(k.change().kind(), "custom field " + k.key(),
                    Show.value(k.change().old()) + ARROW + Show.value(k.change().now())));
            b.append("\nGovernance\n").append(t.render(INDENT));
        }
        texts(b, "Governance text", g.text());
        return b.toString();
    }

    private static TextTable keys(List<KeyChange> changes) {
        TextTable t = new TextTable();
        changes.forEach(k -> t.row(k.change().kind(), k.key(), Show.value(k.change().old()) + ARROW + Show.value(k.change().now())));
        return t;
    }

    private static void evaluation(StringBuilder b, List<MetricChange> metrics) {
        for (MetricChange.Source source : MetricChange.Source.values()) {
            TextTable t = new TextTable().row("", "metric", "where", "old", "new", "change", "relative", "verdict");
            metrics.stream().filter(m -> m.source() == source).forEach(m -> t.row(m.primary() ? "*" : "", m.metric(), m.where(),
                    Show.number(m.old()), Show.number(m.now()), Show.signed(m.delta()), Show.percent(m.relative()), Show.verdict(m)));
            if (t.render("").lines().count() > 1) {
                b.append('\n').append(source == MetricChange.Source.EVALUATION ? "Evaluation results" : "Model-index results")
                        .append(" (* primary)\n").append(t.render(INDENT));
            }
        }
    }

    private static void datasets(StringBuilder b, List<DatasetChange> datasets) {
        if (datasets.isEmpty()) {
            return;
        }
        b.append("\nDatasets\n");
        for (DatasetChange d : datasets) {
            b.append(INDENT).append(d.kind()).append("  ").append(d.dataset()).append('\n');
            TextTable t = new TextTable();
            if (!d.kind().equals("changed") || d.hashChanged()) {
                t.row("content hash", Show.hash(d.oldHash()) + ARROW + Show.hash(d.nowHash()));
            }
            if (!d.kind().equals("changed") || d.rowsChanged()) {
                t.row("rows", Show.number(d.oldRows() == null ? null : d.oldRows().doubleValue()) + ARROW
                        + Show.number(d.nowRows() == null ? null : d.nowRows().doubleValue()));
            }
            b.append(t.render(INDENT.repeat(3)));
            if (!d.shift().isEmpty()) {
                b.append(INDENT.repeat(3)).append("shift (Jensen-Shannon divergence, bits: 0 same, 1 disjoint)\n");
                TextTable s = new TextTable();
                d.shift().forEach(c -> s.row(c.column(), c.measure(), String.format(Locale.ROOT, "%.4f", c.divergence())));
                b.append(s.render(INDENT.repeat(4)));
            }
        }
    }

    private static void texts(StringBuilder b, String heading, List<TextChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append('\n');
        String indent = INDENT.repeat(3);
        for (TextChange t : changes) {
            b.append(INDENT).append(t.change().kind()).append("  ").append(t.label()).append(" (").append(t.field()).append(")\n");
            String words = Show.words(t.words(), "[-", "-]", "{+", "+}", UnaryOperator.identity());
            words.lines().forEach(line -> b.append((indent + line).stripTrailing()).append('\n'));
        }
    }
}
