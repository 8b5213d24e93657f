package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.Evaluation;
import io.modelcards.card.EvaluationBuilder;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.card.QuantitativeResultBuilder;
import io.modelcards.card.Section;
import io.modelcards.card.TrainingBuilder;
import io.modelcards.standards.internal.Slices;
import io.modelcards.standards.internal.mct.JsonInput;
import io.modelcards.standards.internal.mct.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads SageMaker's custom details, training details and evaluation details back into card values. */
final class SageMakerReading {
    private static final String JOB = "/training_details/training_job_details/";
    private static final Pattern STEP = Pattern.compile("step (\\d{1,18})(?:, epoch ([-0-9.eE]+))?");

    private SageMakerReading() {}

    static Map<String, String> custom(JsonInput in) {
        Map<String, String> out = new LinkedHashMap<>();
        String p = "/additional_information/custom_details";
        if (in.isObject(p)) {
            in.at(p).fieldNames().forEachRemaining(k -> {
                String v = in.text(Pointers.child(p, k));
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    static void training(JsonInput in, ModelCardBuilder card, Map<String, Origin> origins) {
        Origin person = new Origin.Human(null, null);
        Map<String, Object> hps = new LinkedHashMap<>();
        hyperparameters(in, JOB + "hyper_parameters", hps, null, origins);
        hyperparameters(in, JOB + "user_provided_hyper_parameters", hps, person, origins);
        Map<String, Double> metrics = new LinkedHashMap<>();
        long[] step = {0};
        Double[] epoch = {null};
        metrics(in, JOB + "training_metrics", metrics, null, origins, step, epoch);
        metrics(in, JOB + "user_provided_training_metrics", metrics, person, origins, step, epoch);
        List<DatasetInfo> datasets = new ArrayList<>();
        for (int i = 0; i < in.size(JOB + "training_datasets"); i++) {
            String uri = in.text(JOB + "training_datasets/" + i);
            if (uri != null) {
                datasets.add(DatasetInfoBuilder.builder().name(uri).role("training").sourceUri(uri).build());
            }
        }
        card.datasets(datasets).training(TrainingBuilder.builder().procedure(in.text("/training_details/training_observations"))
                .hyperparameters(new Hyperparameters(hps, null, null))
                .log(metrics.isEmpty() ? List.of() : List.of(new LogEntry(step[0], epoch[0], metrics, false))).build());
    }

    private static void hyperparameters(JsonInput in, String list, Map<String, Object> out, Origin origin,
                                        Map<String, Origin> origins) {
        for (int i = 0; i < in.size(list); i++) {
            String name = in.text(list + "/" + i + "/name");
            if (name == null) {
                in.problem(list + "/" + i, "missing-name", list + "/" + i + ": a hyperparameter needs a name");
                continue;
            }
            String value = in.text(list + "/" + i + "/value");
            out.put(name, value == null ? null : HyperparameterText.read(value));
            if (origin != null) {
                origins.put(Pointers.child("/training/hyperparameters/all", name), origin);
            }
        }
    }

    private static void metrics(JsonInput in, String list, Map<String, Double> out, Origin origin, Map<String, Origin> origins,
                                long[] step, Double[] epoch) {
        for (int i = 0; i < in.size(list); i++) {
            String p = list + "/" + i;
            String name = in.text(p + "/name");
            Double value = in.number(p + "/value");
            if (name == null || value == null) {
                if (name == null || in.at(p + "/value") == null) {
                    in.problem(p, "missing-value", p + ": a training metric needs a name and a number value");
                }
                continue;
            }
            out.put(name, value);
            String notes = in.text(p + "/notes");
            Matcher m = notes == null ? null : STEP.matcher(notes);
            if (m != null && m.matches()) {
                step[0] = Long.parseLong(m.group(1));
                epoch[0] = m.group(2) == null ? null : Double.parseDouble(m.group(2));
            }
            if (origin != null) {
                origins.put(Pointers.child("/training/log/0/metrics", name), origin);
            }
        }
    }

    static Evaluation evaluation(JsonInput in, List<Section> sections) {
        List<QuantitativeResult> out = new ArrayList<>();
        for (int e = 0; e < in.size("/evaluation_details"); e++) {
            String ep = "/evaluation_details/" + e;
            String name = in.text(ep + "/name");
            // Without metadata (content from elsewhere) the name is the dataset, unless it is the exporter's stand-in.
            String dataset = in.isObject(ep + "/metadata") ? in.text(ep + "/metadata/dataset")
                    : SageMakerEvaluation.NO_DATASET.equals(name) ? null : name;
            String split = in.at(ep + "/metadata") != null ? in.text(ep + "/metadata/split") : null;
            String observation = in.text(ep + "/evaluation_observation");
            if (observation != null) {
                sections.add(new Section("Evaluation: " + name, 2, observation));
            }
            for (int g = 0; g < in.size(ep + "/metric_groups"); g++) {
                String gp = ep + "/metric_groups/" + g;
                String group = in.text(gp + "/name");
                Map<String, String> slice = group == null || group.equals(SageMakerEvaluation.WHOLE) ? Map.of() : Slices.parse(group);
                for (int m = 0; m < in.size(gp + "/metric_data"); m++) {
                    metric(in, gp + "/metric_data/" + m, dataset, split, slice).ifPresent(out::add);
                }
            }
        }
        return EvaluationBuilder.builder().quantitative(out).build();
    }

    private static Optional<QuantitativeResult> metric(JsonInput in, String p, String dataset, String split,
                                                                 Map<String, String> slice) {
        JsonNode value = in.at(p + "/value");
        if (value == null || !value.isNumber()) {
            // Text, boolean and graph metrics have no typed place in the card; they are not numbers to compare.
            return Optional.empty();
        }
        QuantitativeResultBuilder b = QuantitativeResultBuilder.builder().metric(in.text(p + "/name")).value(value.doubleValue())
                .dataset(dataset).split(split).slice(slice);
        String notes = in.text(p + "/notes");
        if (notes != null) {
            for (String part : notes.split("; ")) {
                int eq = part.indexOf('=');
                String v = eq < 0 ? "" : part.substring(eq + 1);
                switch (eq < 0 ? "" : part.substring(0, eq)) {
                    case "evaluator" -> b.evaluator(v);
                    case "ci_low" -> b.ciLow(number(v));
                    case "ci_high" -> b.ciHigh(number(v));
                    case "ci_level" -> b.ciLevel(number(v));
                    case "higher_is_better" -> b.higherIsBetter(Boolean.parseBoolean(v));
                    case "primary" -> b.primary(Boolean.parseBoolean(v));
                    default -> { }
                }
            }
        }
        return Optional.of(b.build());
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
