package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.standards.internal.mct.JsonOutput;
import io.modelcards.standards.internal.mct.Pointers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps SageMaker content within {@link Fit#CONTENT_MAX} characters, measured on the pretty-printed document that is
 * written (never shorter than the compact form the API receives): droppable entries go, evaluation metrics first and
 * custom details last, each rank from its end, the fewest that make it fit; each dropped entry's card values are
 * reported.
 */
final class ContentBudget {
    private ContentBudget() {}

    static ObjectNode fit(ObjectNode content, Fit fit) {
        if (size(content) <= Fit.CONTENT_MAX) {
            return content;
        }
        Map<JsonNode, String> where = new IdentityHashMap<>();
        locate(content, "", where);
        List<Fit.Droppable> order = new ArrayList<>(fit.droppable);
        order.sort(Comparator.comparingInt(Fit.Droppable::rank));
        // The fewest drops that fit, by bisection: dropping more entries never makes the document longer.
        int lo = 1;
        int hi = order.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (size(without(content, order, mid, where)) <= Fit.CONTENT_MAX) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (Fit.Droppable d : order.subList(order.size() - lo, order.size())) {
            d.pointers().forEach(p -> fit.leaveOut(p, "left out: SageMaker's content holds at most " + Fit.CONTENT_MAX
                    + " characters"));
        }
        return without(content, order, lo, where);
    }

    private static void locate(JsonNode node, String pointer, Map<JsonNode, String> where) {
        where.put(node, pointer);
        if (node.isObject()) {
            node.properties().forEach(e -> locate(e.getValue(), Pointers.child(pointer, e.getKey()), where));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                locate(node.get(i), Pointers.child(pointer, i), where);
            }
        }
    }

    /** A copy of {@code content} without the last {@code n} entries of {@code order}, and without groups left empty. */
    private static ObjectNode without(ObjectNode content, List<Fit.Droppable> order, int n, Map<JsonNode, String> where) {
        ObjectNode copy = content.deepCopy();
        List<String> pointers = new ArrayList<>();
        order.subList(order.size() - n, order.size()).forEach(d -> pointers.add(where.get(d.entry())));
        // Later elements of a list first, so that the indexes of earlier ones still hold.
        pointers.sort(Comparator.comparing(ContentBudget::sortKey).reversed());
        for (String p : pointers) {
            int slash = p.lastIndexOf('/');
            JsonNode parent = copy.at(p.substring(0, slash));
            String last = p.substring(slash + 1);
            if (parent instanceof ArrayNode a) {
                a.remove(Integer.parseInt(last));
            } else if (parent instanceof ObjectNode o) {
                o.remove(last.replace("~1", "/").replace("~0", "~"));
            }
        }
        dropEmptyGroups(copy);
        JsonOutput.prune(copy);
        return copy;
    }

    /** Orders pointers so that, within one list, a higher index sorts after a lower one (numbers padded). */
    private static String sortKey(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String s : Pointers.segments(pointer)) {
            sb.append('/').append(s.matches("\\d+") ? String.format("%010d", Long.parseLong(s)) : s);
        }
        return sb.toString();
    }

    /** Metric groups without metric data, then evaluations without groups: SageMaker requires both lists. */
    private static void dropEmptyGroups(ObjectNode content) {
        JsonNode evaluations = content.path("evaluation_details");
        for (int i = evaluations.size() - 1; i >= 0; i--) {
            if (!(evaluations.get(i).path("metric_groups") instanceof ArrayNode groups)) {
                continue;
            }
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (groups.get(g).path("metric_data").isEmpty()) {
                    groups.remove(g);
                }
            }
            if (groups.isEmpty()) {
                ((ArrayNode) evaluations).remove(i);
            }
        }
    }

    static int size(JsonNode content) {
        return JsonOutput.write(content).length();
    }
}
