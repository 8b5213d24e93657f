package io.modelcards.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelcards.codec.CardMappers;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/** How the text and Markdown forms show values: numbers shortest, hashes shortened, other values as compact JSON. */
final class Show {
    static final String NONE = "(none)";
    /** Kept runs longer than this many words are shortened to their first and last {@link #CONTEXT} words. */
    private static final int LONG_RUN = 16;
    private static final int CONTEXT = 6;
    private static final int HASH_HEX = 12;

    private Show() {}

    static String value(Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return Numbers.text(d);
        }
        try {
            return CardMappers.json().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(Double d) {
        return d == null ? "-" : Numbers.text(d);
    }

    /** {@code +0.0141} or {@code -0.0141}; "-" when there is none. */
    static String signed(Double d) {
        return d == null ? "-" : (d > 0 ? "+" : "") + Numbers.text(d);
    }

    /** {@code -1.59%}; "-" when there is none. */
    static String percent(Double d) {
        return d == null ? "-" : (d > 0 ? "+" : "") + Numbers.text(Math.round(d * 10000) / 100.0) + "%";
    }

    /** {@code sha256:5f0c3a9d0e8b…}: enough to tell hashes apart by eye; the JSON form has them in full. */
    static String hash(String h) {
        if (h == null) {
            return NONE;
        }
        int colon = h.indexOf(':');
        return h.length() > colon + 1 + HASH_HEX ? h.substring(0, colon + 1 + HASH_HEX) + "…" : h;
    }

    static String verdict(MetricChange m) {
        String v = m.verdict().word();
        if (m.beyondIntervals() == null || m.verdict() == Verdict.UNCHANGED) {
            return v;
        }
        return v + (m.beyondIntervals() ? " (beyond intervals)" : " (within intervals)");
    }

    /** The word runs with the removed and added ones marked, long kept runs shortened, every run passed through {@code esc}. */
    static String words(List<WordEdit> runs, String del, String delEnd, String ins, String insEnd, UnaryOperator<String> esc) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            WordEdit w = runs.get(i);
            switch (w.op()) {
                case SAME -> b.append(esc.apply(shorten(w.text(), i > 0, i < runs.size() - 1)));
                case REMOVED -> b.append(del).append(esc.apply(w.text().strip())).append(delEnd).append(trailing(w.text()));
                case ADDED -> b.append(ins).append(esc.apply(w.text().strip())).append(insEnd).append(trailing(w.text()));
                default -> throw new IllegalStateException(w.op().name());
            }
        }
        return b.toString().strip();
    }

    private static String trailing(String s) {
        return s.isEmpty() || !Character.isWhitespace(s.charAt(s.length() - 1)) ? "" : " ";
    }

    /** A kept run, cut to its first words when an edit comes before it and its last words when one comes after. */
    private static String shorten(String text, boolean before, boolean after) {
        List<String> w = WordDiff.words(text);
        if (w.size() <= LONG_RUN) {
            return text;
        }
        String head = before ? String.join("", w.subList(0, CONTEXT)) : "";
        String tail = after ? String.join("", w.subList(w.size() - CONTEXT, w.size())) : "";
        return head + "… " + tail;
    }
}
