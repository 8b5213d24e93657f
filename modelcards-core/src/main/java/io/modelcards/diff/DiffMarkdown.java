package io.modelcards.diff;

import java.util.List;
import java.util.Locale;

/**
 * The diff as GitHub-flavoured Markdown, for a pull-request comment: a heading, a summary, and a table per part;
 * changed text as a quote with {@code <del>} and {@code <ins>} marks. Text from the cards is escaped so that it cannot
 * break a table or inject HTML.
 */
public final class DiffMarkdown {
    private static final String ARROW = " → ";

    private DiffMarkdown() {}

    /** The diff as Markdown, ending with a newline. */
    public static String write(Diff d) {
        StringBuilder b = new StringBuilder();
        b.append("## Card diff: ").append(esc(DiffSummary.model(d.model()))).append("\n\n");
        b.append(esc(DiffSummary.line(d))).append('\n');
        keys(b, "Metadata", d.metadata());
        for (MetricChange.Source source : MetricChange.Source.values()) {
            List<MetricChange> ms = d.evaluation().stream().filter(m -> m.source() == source).toList();
            if (!ms.isEmpty()) {
                b.append("\n### ").append(source == MetricChange.Source.EVALUATION ? "Evaluation results" : "Model-index results")
                        .append("\n\n| | metric | where | old | new | change | relative | verdict |\n")
                        .append("|---|---|---|---:|---:|---:|---:|---|\n");
                ms.forEach(m -> row(b, m.primary() ? "**primary**" : "", code(m.metric()), esc(m.where()), Show.number(m.old()),
                        Show.number(m.now()), Show.signed(m.delta()), Show.percent(m.relative()), Show.verdict(m)));
            }
        }
        datasets(b, d.datasets());
        keys(b, "Hyperparameters", d.training().hyperparameters());
        if (!d.training().curve().isEmpty()) {
            b.append("\n### Training curve\n\n| metric | better | final | best |\n|---|---|---|---|\n");
            d.training().curve().forEach(c -> row(b, code(c.metric()), c.direction().word(),
                    Show.number(c.oldFinal()) + ARROW + Show.number(c.nowFinal()),
                    Show.number(c.oldBest()) + ARROW + Show.number(c.nowBest())));
        }
        texts(b, "Human text", d.human());
        if (!d.stale().isEmpty()) {
            b.append("\n### Stale in the new card\n\n| field | the facts it was written against |\n|---|---|\n");
            d.stale().forEach(s -> row(b, code(s.field()), esc(s.reason())));
        }
        GovernanceChanges g = d.governance();
        if (g.risk() != null || !g.customFields().isEmpty()) {
            b.append("\n### Governance\n\n| field | change | old | new |\n|---|---|---|---|\n");
            if (g.risk() != null) {
                row(b, "risk rating", g.risk().kind(), esc(Show.value(g.risk().old())), esc(Show.value(g.risk().now())));
            }
            g.customFields().forEach(k -> row(b, code(k.key()), k.change().kind(), esc(Show.value(k.change().old())),
                    esc(Show.value(k.change().now()))));
        }
        texts(b, "Governance text", g.text());
        return b.toString();
    }

    private static void keys(StringBuilder b, String heading, List<KeyChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        b.append("\n### ").append(heading).append("\n\n| key | change | old | new |\n|---|---|---|---|\n");
        changes.forEach(k -> row(b, code(k.key()), k.change().kind(), esc(Show.value(k.change().old())),
                esc(Show.value(k.change().now()))));
    }

    private static void datasets(StringBuilder b, List<DatasetChange> datasets) {
        if (datasets.isEmpty()) {
            return;
        }
        b.append("\n### Datasets\n\n| dataset | change | content hash | rows |\n|---|---|---|---|\n");
        for (DatasetChange d : datasets) {
            String hash = d.kind().equals("changed") && !d.hashChanged() ? "same" : Show.hash(d.oldHash()) + ARROW + Show.hash(d.nowHash());
            String rows = d.kind().equals("changed") && !d.rowsChanged() ? "same"
                    : Show.number(d.oldRows() == null ? null : d.oldRows().doubleValue()) + ARROW
                    + Show.number(d.nowRows() == null ? null : d.nowRows().doubleValue());
            row(b, esc(d.dataset()), d.kind(), esc(hash), rows);
        }
        for (DatasetChange d : datasets) {
            if (!d.shift().isEmpty()) {
                b.append("\nDistribution shift of ").append(esc(d.dataset()))
                        .append(" (Jensen-Shannon divergence in bits: 0 same, 1 disjoint)\n\n")
                        .append("| column | measure | divergence |\n|---|---|---:|\n");
                d.shift().forEach(s -> row(b, code(s.column()), s.measure(), String.format(Locale.ROOT, "%.4f", s.divergence())));
            }
        }
    }

    private static void texts(StringBuilder b, String heading, List<TextChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        b.append("\n### ").append(heading).append('\n');
        for (TextChange t : changes) {
            b.append("\n**").append(esc(t.label())).append("** (").append(code(t.field())).append("), ").append(t.change().kind())
                    .append(":\n\n");
            String words = Show.words(t.words(), "<del>", "</del>", "<ins>", "</ins>", DiffMarkdown::esc);
            words.lines().forEach(line -> b.append(("> " + line).stripTrailing()).append('\n'));
        }
    }

    private static void row(StringBuilder b, String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c.replace("\n", "<br>")).append(" |");
        }
        b.append('\n');
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'").replace("|", "\\|") + "`";
    }

    /** Text safe in a table cell and in a quote: HTML and Markdown punctuation escaped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '|', '*', '_', '`', '[', ']', '\\', '~', '#' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
