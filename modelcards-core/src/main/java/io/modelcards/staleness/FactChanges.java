package io.modelcards.staleness;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts recorded in a basis that a card no longer states, in words. A fact new since the basis was recorded is no
 * change: a text cannot have been written against what did not exist.
 */
final class FactChanges {
    private static final int HASH_DIGITS = 4;

    private FactChanges() {}

    /** Each recorded fact of {@code basis} that {@code card} (whose facts are {@code now}) changed or dropped, in words. */
    static List<String> between(Facts basis, Facts now, ModelCard card) {
        List<String> out = new ArrayList<>();
        identity(out, "model name", basis.model(), now.model());
        identity(out, "version", basis.version(), now.version());
        if (basis.artifact() != null && !basis.artifact().equals(now.artifact())) {
            out.add(now.artifact() == null ? "model artifact no longer recorded (was " + hash(basis.artifact()) + ")"
                    : "model artifact " + hash(basis.artifact()) + " → " + hash(now.artifact()));
        }
        for (Map.Entry<String, String> e : basis.datasets().entrySet()) {
            String was = e.getValue();
            String is = now.datasets().get(e.getKey());
            if (is == null) {
                out.add("dataset " + e.getKey() + " removed");
            } else if (!is.equals(was)) {
                out.add(role(card, e.getKey()) + " " + e.getKey() + " changed " + hash(was) + " → " + hash(is));
            }
        }
        for (Map.Entry<String, Double> e : basis.metrics().entrySet()) {
            Double is = now.metrics().get(e.getKey());
            if (is == null) {
                out.add("metric " + e.getKey() + " removed");
            } else if (Double.compare(is, e.getValue()) != 0) {
                out.add(e.getKey() + " " + numbers(e.getValue(), is));
            }
        }
        return out;
    }

    private static void identity(List<String> out, String what, String was, String is) {
        if (was != null && !was.equals(is)) {
            out.add(what + " " + was + " → " + (is == null ? "(none)" : is));
        }
    }

    /** "training data", "evaluation data" or "dataset", from the role of the card's dataset under {@code key}. */
    private static String role(ModelCard card, String key) {
        List<DatasetInfo> ds = card.datasets();
        List<String> keys = Facts.datasetKeys(ds);
        for (int i = 0; i < ds.size(); i++) {
            if (key.equals(keys.get(i)) && ds.get(i).role() != null) {
                String r = ds.get(i).role();
                return Objects.equals(r, "training") || Objects.equals(r, "evaluation") ? r + " data" : "dataset";
            }
        }
        return "dataset";
    }

    /** {@code sha256:a0f5…}: enough of a hash to tell two apart in a sentence. */
    static String hash(String h) {
        int colon = h.indexOf(':');
        int end = colon + 1 + HASH_DIGITS;
        return end < h.length() ? h.substring(0, end) + "…" : h;
    }

    /** "was → is" with three significant digits, or as many more as it takes to show the two differ. */
    static String numbers(double was, double is) {
        for (int digits = 3; digits < 17; digits++) {
            String a = number(was, digits);
            String b = number(is, digits);
            if (!a.equals(b)) {
                return a + " → " + b;
            }
        }
        return Double.toString(was) + " → " + Double.toString(is);
    }

    private static String number(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
