package io.modelcards.render.card;

import io.modelcards.card.DatasetStatistics.Column;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.card.Distribution;
import io.modelcards.card.SketchAccuracy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence that states how far a profile's approximate figures may be off, or "" when every figure shown is
 * exact: quantiles and sketch histograms, distinct counts marked ≈, and top counts of columns with many values.
 */
final class Accuracy {
    private Accuracy() {}

    static String sentence(DatasetStatistics s) {
        SketchAccuracy a = s.accuracy();
        if (a == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (a.quantileRankError() != null && s.columns().stream().anyMatch(Accuracy::hasSketchQuantiles)) {
            parts.add("quantiles and histograms are within \u00b1" + share(a.quantileRankError()) + " in rank (99% confidence)");
        }
        if (a.distinctRelativeError() != null && s.columns().stream().anyMatch(c -> Boolean.FALSE.equals(c.distinctExact()))) {
            parts.add("distinct counts marked \u2248 are estimates with a relative standard error of "
                    + share(a.distinctRelativeError()) + (a.distinctExactUpTo() == null ? "" : " (exact up to "
                    + Numbers.count(a.distinctExactUpTo()) + " values)"));
        }
        if (a.topExactUpTo() != null && a.topMaxOvercountShare() != null && s.columns().stream()
                .anyMatch(c -> !c.top().isEmpty() && c.distinct() != null && c.distinct() > a.topExactUpTo())) {
            parts.add("in columns with more than " + Numbers.count(a.topExactUpTo())
                    + " distinct values a top count may be over by at most " + share(a.topMaxOvercountShare()) + " of the rows");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String text = String.join("; ", parts);
        return "Approximate figures: " + text + ".";
    }

    private static boolean hasSketchQuantiles(Column c) {
        return !c.quantiles().isEmpty() || (c.histogram() != null && !c.histogram().exact()) || sketched(c.chars())
                || sketched(c.words()) || sketched(c.tokens()) || sketched(c.listLength()) || sketched(c.sizeBytes());
    }

    private static boolean sketched(Distribution d) {
        return d != null && !d.quantiles().isEmpty();
    }

    /** A fraction as a percentage with up to three significant digits, e.g. 0.0133 as "1.33%". */
    static String share(double fraction) {
        BigDecimal pct = new BigDecimal(fraction * 100).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return pct.stripTrailingZeros().toPlainString() + "%";
    }
}
