package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.Evaluation;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.standards.internal.Slices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads MCT's performance metrics back: values as text (0.0.2) or as numbers (0.0.1), slices as pairs. */
final class MctMetrics {
    private MctMetrics() {}

    static Evaluation read(JsonInput in) {
        List<QuantitativeResult> out = new ArrayList<>();
        String list = "/quantitative_analysis/performance_metrics";
        for (int i = 0; i < in.size(list); i++) {
            String p = list + "/" + i;
            if (!in.isObject(p)) {
                continue;
            }
            Double value = value(in, p + "/value");
            if (value == null) {
                if (in.at(p + "/value") == null) {
                    in.problem(p, "missing-value", p + ": a performance metric needs a value: add \"value\": \"0.91\"");
                }
                continue;
            }
            QuantitativeResultBuilder b = QuantitativeResultBuilder.builder().metric(in.text(p + "/type")).value(value)
                    .slice(slice(in.text(p + "/slice")));
            if (in.isObject(p + "/confidence_interval")) {
                b.ciLow(value(in, p + "/confidence_interval/lower_bound")).ciHigh(value(in, p + "/confidence_interval/upper_bound"));
            }
            out.add(b.build());
        }
        return EvaluationBuilder.builder().quantitative(out).build();
    }

    private static Double value(JsonInput in, String pointer) {
        JsonNode n = in.at(pointer);
        return n != null && n.isNumber() ? in.number(pointer) : in.numberText(pointer);
    }

    /** {@code a=b, c=d} as pairs; text without {@code =} is kept whole as the value of "slice"; none for no text. */
    static Map<String, String> slice(String text) {
        return text == null || text.isEmpty() ? new LinkedHashMap<>() : Slices.parse(text);
    }
}
