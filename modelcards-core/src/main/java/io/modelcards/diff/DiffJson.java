package io.modelcards.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.codec.CardMappers;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a diff, as {@code schema/diff-1.0.schema.json} describes it: {@code diff_version} first, then one
 * member per part. Every member is always written (absent values as null, empty parts as empty arrays), so a reader
 * never has to guess whether a key was left out.
 */
public final class DiffJson {
    /** How the distribution shift of a dataset's columns is measured; the JSON carries it as {@code shift_measure}. */
    public static final String SHIFT_MEASURE = "Jensen-Shannon divergence in bits (log base 2): 0 = same distribution, 1 = disjoint; "
            + "histograms with different bin edges are re-binned onto the union of edges, each bin's count spread uniformly";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DiffJson() {}

    /** The diff as pretty-printed JSON, ending with a newline. */
    public static String write(Diff d) {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(tree(d)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diff as a JSON tree. */
    public static ObjectNode tree(Diff d) {
        ObjectNode o = F.objectNode();
        o.put("diff_version", Diff.VERSION);
        ObjectNode model = o.putObject("model");
        model.putObject("old").put("name", d.model().oldName()).put("version", d.model().oldVersion());
        model.putObject("new").put("name", d.model().nowName()).put("version", d.model().nowVersion());
        o.put("shift_measure", SHIFT_MEASURE);
        o.set("metadata", keys(d.metadata()));
        ArrayNode eval = o.putArray("evaluation");
        d.evaluation().forEach(m -> eval.add(metric(m)));
        ArrayNode data = o.putArray("datasets");
        d.datasets().forEach(ds -> data.add(dataset(ds)));
        ObjectNode training = o.putObject("training");
        training.set("hyperparameters", keys(d.training().hyperparameters()));
        ArrayNode curve = training.putArray("curve");
        for (CurveChange c : d.training().curve()) {
            ObjectNode n = curve.addObject().put("metric", c.metric()).put("direction", c.direction().word());
            n.putObject("final").put("old", c.oldFinal()).put("new", c.nowFinal());
            n.putObject("best").put("old", c.oldBest()).put("new", c.nowBest());
        }
        o.set("human", texts(d.human()));
        ArrayNode stale = o.putArray("stale");
        d.stale().forEach(s -> stale.addObject().put("field", s.field()).put("reason", s.reason()));
        ObjectNode gov = o.putObject("governance");
        Change<String> risk = d.governance().risk();
        if (risk == null) {
            gov.putNull("risk");
        } else {
            gov.putObject("risk").put("change", risk.kind()).put("old", risk.old()).put("new", risk.now());
        }
        gov.set("text", texts(d.governance().text()));
        gov.set("custom_fields", keys(d.governance().customFields()));
        return o;
    }

    private static ObjectNode metric(MetricChange m) {
        ObjectNode n = F.objectNode().put("source", m.source().word()).put("metric", m.metric()).put("task", m.task())
                .put("dataset", m.dataset()).put("config", m.config()).put("split", m.split());
        ObjectNode slice = n.putObject("slice");
        m.slice().forEach(slice::put);
        n.put("old", m.old()).put("new", m.now()).put("delta", m.delta()).put("relative", m.relative())
                .put("direction", m.direction().word()).put("verdict", m.verdict().word());
        n.set("old_interval", interval(m.oldInterval()));
        n.set("new_interval", interval(m.nowInterval()));
        return n.put("beyond_intervals", m.beyondIntervals()).put("primary", m.primary());
    }

    private static JsonNode interval(Interval i) {
        return i == null ? F.nullNode() : F.objectNode().put("low", i.low()).put("high", i.high()).put("level", i.level());
    }

    private static ObjectNode dataset(DatasetChange d) {
        ObjectNode n = F.objectNode().put("dataset", d.dataset()).put("change", d.kind());
        n.putObject("content_hash").put("old", d.oldHash()).put("new", d.nowHash());
        n.putObject("rows").put("old", d.oldRows()).put("new", d.nowRows());
        ArrayNode shift = n.putArray("shift");
        d.shift().forEach(s -> shift.addObject().put("column", s.column()).put("measure", s.measure()).put("divergence", s.divergence()));
        return n;
    }

    private static ArrayNode keys(List<KeyChange> changes) {
        ArrayNode a = F.arrayNode();
        for (KeyChange k : changes) {
            ObjectNode n = a.addObject().put("key", k.key()).put("change", k.change().kind());
            n.set("old", value(k.change().old()));
            n.set("new", value(k.change().now()));
        }
        return a;
    }

    private static ArrayNode texts(List<TextChange> changes) {
        ArrayNode a = F.arrayNode();
        for (TextChange t : changes) {
            ObjectNode n = a.addObject().put("field", t.field()).put("label", t.label()).put("change", t.change().kind())
                    .put("old", t.change().old()).put("new", t.change().now());
            ArrayNode words = n.putArray("words");
            t.words().forEach(w -> words.addObject().put("op", w.op().word()).put("text", w.text()));
        }
        return a;
    }

    private static JsonNode value(Object v) {
        return v == null ? F.nullNode() : CardMappers.json().valueToTree(v);
    }
}
