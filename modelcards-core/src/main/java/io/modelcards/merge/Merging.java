package io.modelcards.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One merge in progress: the merged tree, its provenance, and the decisions and problems so far. */
final class Merging {
    /** The model-index results: always the new capture's, whoever wrote the previous ones. */
    static final String EVAL_RESULTS = "/metadata/eval_results";

    private final ModelCard previous;
    private final ObjectNode capturedTree;
    private final ObjectNode previousTree;
    private final ObjectNode out;
    private final MergeOptions options;
    private final MergedProvenance provenance;
    final List<Decision> decisions = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();

    Merging(ModelCard captured, ModelCard previous, ObjectNode capturedTree, ObjectNode previousTree, MergeOptions options) {
        this.previous = previous;
        this.capturedTree = capturedTree;
        this.previousTree = previousTree;
        this.out = capturedTree.deepCopy();
        this.options = options;
        this.provenance = new MergedProvenance(captured.provenance(), previous.provenance(), Facts.of(previous));
    }

    /** The merged tree (without provenance, which {@link #provenance()} gives). */
    ObjectNode tree() {
        return out;
    }

    /** The merged card's provenance. */
    Provenance provenance() {
        return provenance.result();
    }

    /** Decides one field: a person's value from the previous card, anything else from the new capture. */
    void decide(String field) {
        JsonNode was = Fields.get(previousTree, field);
        JsonNode now = Fields.get(capturedTree, field);
        Origin origin = previous.provenance().originOf(field);
        boolean written = previous.provenance().origins().containsKey(field);
        if (!field.equals(EVAL_RESULTS) && origin instanceof Origin.Human h && (Fields.present(was) || written)) {
            takePrevious(field, was);
            decisions.add(new Decision(field, Decision.From.PREVIOUS, Fields.present(was)
                    ? "written by a person" + Words.who(h) : "removed by a person" + Words.who(h) + ", so it stays absent"));
            if (Fields.captured(now, field) && !now.equals(was)) {
                problems.add(Words.humanOverCaptured(field, h, now));
            }
        } else if (Fields.present(now)) {
            decisions.add(new Decision(field, Decision.From.CAPTURED, field.equals(EVAL_RESULTS)
                    ? "model-index results always come from the new capture" : Words.captured(now, was, origin)));
        } else if (Fields.present(was)) {
            if (options.dropMissing()) {
                decisions.add(new Decision(field, Decision.From.CAPTURED, "absent from the new capture, and dropped as asked"));
            } else {
                takePrevious(field, was);
                decisions.add(new Decision(field, Decision.From.PREVIOUS, "absent from the new capture, so the previous value is "
                        + "kept"));
                problems.add(Words.missingCaptured(field));
            }
        }
    }

    /**
     * Puts back what a person wrote inside a field that otherwise comes from the new capture: each human provenance
     * entry below a field decided for the capture ({@code /training/hyperparameters/all/lr}), found again in the merged
     * value (a dataset by name, role and split).
     */
    void humanParts() {
        DatasetMatch datasets = DatasetMatch.of(previousTree, out);
        for (Map.Entry<String, Origin> e : previous.provenance().origins().entrySet()) {
            String pointer = e.getKey();
            String field = Fields.fieldOf(pointer);
            if (!(e.getValue() instanceof Origin.Human h) || pointer.equals(field) || !field.startsWith("/")
                    || provenance.fromPrevious(field)) {
                continue;
            }
            JsonNode was = Fields.get(previousTree, pointer);
            String at = datasets.map(pointer);
            JsonNode now = at == null ? null : Fields.get(out, at);
            at = at == null ? null : place(at, was);
            if (at != null) {
                provenance.human(at, h);
                decisions.add(new Decision(at, Decision.From.PREVIOUS, Fields.present(was) ? "written by a person" + Words.who(h)
                        : "removed by a person" + Words.who(h) + ", so it stays absent"));
                if (Fields.captured(now, at) && !now.equals(was)) {
                    problems.add(Words.humanOverCaptured(at, h, now));
                }
            } else {
                problems.add(Words.unplaced(pointer, field));
            }
        }
    }

    /**
     * Puts a person's value (or its absence) at {@code at} in the merged tree and returns where it went, or null when
     * there is no such place. A list element is not put over a captured one: it is found among the captured elements
     * or appended after them.
     */
    private String place(String at, JsonNode was) {
        if (!Fields.present(was)) {
            Fields.remove(out, at);
            return at;
        }
        int slash = at.lastIndexOf('/');
        JsonNode parent = Fields.get(out, at.substring(0, slash));
        if (parent.isArray() && Fields.index(at.substring(slash + 1)) >= 0) {
            for (int i = 0; i < parent.size(); i++) {
                if (parent.get(i).equals(was)) {
                    return at.substring(0, slash + 1) + i;
                }
            }
            at = at.substring(0, slash + 1) + parent.size();
        }
        return Fields.put(out, at, was.deepCopy()) ? at : null;
    }

    private void takePrevious(String field, JsonNode was) {
        if (Fields.present(was)) {
            Fields.put(out, field, was.deepCopy());
        } else {
            Fields.remove(out, field);
        }
        provenance.fromPrevious(field, previous.provenance().originOf(field));
    }
}
