package io.modelcards.merge;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.Origin;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** The words of a merge's decisions and problems. */
final class Words {
    /** How much of a value a message quotes. */
    private static final int QUOTED = 80;

    private Words() {}

    /** " (ana in card.yaml, 2026-12-05T22:08:15Z)": who wrote a value, where and when, as far as known; "" when unknown. */
    static String who(Origin.Human h) {
        List<String> parts = new ArrayList<>();
        String by = h.author() == null ? "" : h.author();
        if (h.file() != null) {
            by = by.isEmpty() ? "in " + h.file() : by + " in " + h.file();
        }
        if (!by.isEmpty()) {
            parts.add(by);
        }
        if (h.at() != null) {
            parts.add(h.at());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** Why a field comes from the new capture. */
    static String captured(JsonNode now, JsonNode was, Origin origin) {
        String why = Fields.present(was) && !now.equals(was) ? "changed in the new capture" : "in the new capture";
        return origin instanceof Origin.Human ? why + "; the person's part around it left it empty" : why;
    }

    /** A person's value kept over a different captured one. */
    static Diagnostic humanOverCaptured(String pointer, Origin.Human h, JsonNode now) {
        return warning("merge/human-over-captured", pointer, pointer + " keeps what a person wrote" + who(h)
                + "; the new capture says " + quote(now) + ": if that is right, set the field to it");
    }

    /** A captured field the new capture no longer has, kept. */
    static Diagnostic missingCaptured(String pointer) {
        return warning("merge/missing-captured", pointer, pointer + " was captured before but the new capture has no value: the "
                + "previous value is kept; drop such values with --drop-missing");
    }

    /** A person's value inside a captured field whose place the new capture no longer has. */
    static Diagnostic unplaced(String pointer, String field) {
        return warning("merge/human-unplaced", pointer, pointer + " was written by a person, but " + field + " in the new "
                + "capture has no place for it, so it is not in the merged card: write it again where it belongs");
    }

    /** A value as compact JSON, cut to a readable length. */
    static String quote(JsonNode v) {
        String s = v.toString();
        return s.length() <= QUOTED ? s : s.substring(0, QUOTED - 1) + "…";
    }

    private static Diagnostic warning(String code, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, "-", 0, 0, code, message, pointer);
    }
}
