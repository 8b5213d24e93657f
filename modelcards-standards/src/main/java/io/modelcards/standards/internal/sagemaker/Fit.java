package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.standards.Omission;
import io.modelcards.standards.internal.mct.JsonOutput;
import io.modelcards.standards.internal.mct.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * SageMaker's limits applied while an export is built: text longer than its field allows is cut, lists longer than
 * allowed keep their first entries, and each cut or left-out value is recorded as an {@link Omission}. Also records
 * which list entries may be left out whole if the content grows over 100,000 characters ({@link ContentBudget}).
 */
final class Fit {
    /** SageMaker's limit on a model card's content, in characters. */
    static final int CONTENT_MAX = 100_000;

    /** Droppable entries are kept longest when of rank {@code KEEP_LONGEST} and dropped first when of {@code DROP_FIRST}. */
    static final int KEEP_LONGEST = 0;
    static final int DROP_FIRST = 3;

    /**
     * An entry (a list element or an object member's value) that may be dropped to fit the content limit.
     *
     * @param entry    the entry, found again by identity
     * @param rank     from {@link #KEEP_LONGEST} to {@link #DROP_FIRST}
     * @param pointers the card values it carries
     */
    record Droppable(JsonNode entry, int rank, List<String> pointers) {}

    final List<Omission> omissions = new ArrayList<>();
    final List<Droppable> droppable = new ArrayList<>();

    /** Sets {@code name} to {@code value}, cut to {@code max} characters with an omission when longer. */
    void text(ObjectNode o, String name, String value, int max, String pointer, String field) {
        if (!JsonOutput.present(value)) {
            return;
        }
        o.put(name, cut(value, max, pointer, field));
    }

    /** {@code value}, cut to {@code max} characters with an omission when longer. */
    String cut(String value, int max, String pointer, String field) {
        if (value.length() <= max) {
            return value;
        }
        omissions.add(new Omission(pointer, "cut to " + max + " of its " + value.length() + " characters: SageMaker's "
                + field + " holds at most " + max));
        return Texts.cut(value, max);
    }

    /** Whether a list that has {@code size} entries may take one more; when not, records why {@code pointer} is left out. */
    boolean room(int size, int max, String pointer, String list) {
        if (size < max) {
            return true;
        }
        omissions.add(new Omission(pointer, "left out: SageMaker's " + list + " holds at most " + max + " entries"));
        return false;
    }

    /** Records a value left out, and why. */
    void leaveOut(String pointer, String reason) {
        omissions.add(new Omission(pointer, reason));
    }

    /** Records that {@code entry} may be dropped whole to fit the content limit. */
    void droppable(JsonNode entry, int rank, String pointer) {
        droppable.add(new Droppable(entry, rank, List.of(pointer)));
    }
}
