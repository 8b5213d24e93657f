package io.modelcards.server.ui;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.modelcards.diff.ColumnShift;
import io.modelcards.diff.DatasetChange;
import io.modelcards.diff.Diff;
import io.modelcards.diff.Interval;
import io.modelcards.diff.MetricChange;
import io.modelcards.diff.TextChange;
import io.modelcards.diff.Verdict;
import io.modelcards.server.ui.view.DatasetShift;
import io.modelcards.server.ui.view.DiffLine;
import io.modelcards.server.ui.view.MetricDelta;
import io.modelcards.server.ui.view.TextDiff;
import io.modelcards.server.ui.view.WordRun;
import java.util.List;
import java.util.Locale;

/**
 * Turns the semantic diff of two cards ({@link io.modelcards.diff.CardDiff}, as the API's diff uses it) and their
 * README.md renderings into the compare page's rows. Pure: no registry, no HTTP.
 */
final class DiffViews {
    /** How many of a dataset's most shifted columns are listed. */
    private static final int SHIFTS_SHOWN = 3;
    /** Lines of context around each change of the README diff. */
    private static final int CONTEXT = 3;

    private DiffViews() {
    }

    /** The evaluation results of {@code diff} that changed, primary metrics first as the diff orders them. */
    static List<MetricDelta> metrics(Diff diff) {
        return diff.evaluation().stream().filter(m -> m.verdict() != Verdict.UNCHANGED).map(DiffViews::metric).toList();
    }

    /** How many evaluation results of {@code diff} did not change. */
    static int unchanged(Diff diff) {
        return (int) diff.evaluation().stream().filter(m -> m.verdict() == Verdict.UNCHANGED).count();
    }

    /** The datasets of {@code diff} that were added, removed or changed. */
    static List<DatasetShift> datasets(Diff diff) {
        return diff.datasets().stream().map(d -> new DatasetShift(d.dataset(), d.kind(), d.oldHash(), d.nowHash(), rows(d),
                d.shift().stream().limit(SHIFTS_SHOWN).map(DiffViews::shift).toList())).toList();
    }

    /** The people's texts of {@code diff} that changed, each with its word diff. */
    static List<TextDiff> texts(Diff diff) {
        return diff.human().stream().map(DiffViews::text).toList();
    }

    /** The unified, line-based diff from {@code old} (called {@code oldName}) to {@code now}; empty when they are equal. */
    static List<DiffLine> readme(String oldName, String old, String nowName, String now) {
        List<String> a = old.lines().toList();
        List<String> b = now.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(oldName, nowName, a, patch, CONTEXT).stream().map(DiffViews::line).toList();
    }

    private static DiffLine line(String text) {
        String kind;
        if (text.startsWith("---") || text.startsWith("+++")) {
            kind = "head";
        } else if (text.startsWith("@@")) {
            kind = "hunk";
        } else if (text.startsWith("+")) {
            kind = "added";
        } else if (text.startsWith("-")) {
            kind = "removed";
        } else {
            kind = "same";
        }
        return new DiffLine(kind, text);
    }

    private static MetricDelta metric(MetricChange m) {
        String tone = switch (m.verdict()) {
            case IMPROVED -> "better";
            case REGRESSED -> "worse";
            default -> m.verdict().word();
        };
        String delta = null;
        if (m.delta() != null) {
            delta = signed(m.delta());
            if (m.relative() != null) {
                delta += String.format(Locale.ROOT, " (%+.1f%%)", m.relative() * 100);
            }
        }
        String intervals = m.oldInterval() == null && m.nowInterval() == null ? null
                : interval(m.oldInterval()) + " → " + interval(m.nowInterval())
                        + (Boolean.TRUE.equals(m.beyondIntervals()) ? ", beyond the intervals" : "");
        return new MetricDelta(m.metric(), m.where(), value(m.old()), value(m.now()), delta, m.verdict().word(),
                m.direction().word() + " is better", tone, intervals, m.primary());
    }

    private static String value(Double d) {
        return d == null ? null : CardSummaries.number(d);
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + CardSummaries.number(d);
    }

    private static String interval(Interval i) {
        return i == null ? "none" : "[" + CardSummaries.number(i.low()) + ", " + CardSummaries.number(i.high()) + "]";
    }

    private static String rows(DatasetChange d) {
        if (!d.rowsChanged()) {
            return null;
        }
        return count(d.oldRows()) + " → " + count(d.nowRows());
    }

    private static String count(Long n) {
        return n == null ? "unknown" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String shift(ColumnShift s) {
        return String.format(Locale.ROOT, "%s (%s): %.3f bits", s.column(), s.measure(), s.divergence());
    }

    private static TextDiff text(TextChange t) {
        return new TextDiff(t.field(), t.label(), t.change().kind(),
                t.words().stream().map(w -> new WordRun(w.op().word(), w.text())).toList());
    }
}
