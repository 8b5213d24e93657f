package io.modelcards.standards.internal.sagemaker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.standards.internal.mct.JsonOutput;
import io.modelcards.standards.internal.mct.Numbers;
import io.modelcards.standards.internal.mct.Pointers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** SageMaker's training details: observations, training datasets, the last step's metrics and the hyperparameters. */
final class SageMakerTraining {
    static final int METRICS = 50;
    static final int HYPERPARAMETERS = 100;
    static final int NAME = 255;
    static final int VALUE = 255;
    private static final Set<String> EVALUATION_ROLES = Set.of("evaluation", "eval", "test", "testing", "validation");

    private SageMakerTraining() {}

    static ObjectNode training(ModelCard card, Fit fit) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fit.text(o, "training_observations", card.training().procedure(), SageMakerSections.SHORT, "/training/procedure",
                "training_observations");
        ObjectNode job = o.putObject("training_job_details");
        datasets(card.datasets(), job.putArray("training_datasets"), fit);
        metrics(card, job.putArray("training_metrics"), job.putArray("user_provided_training_metrics"), fit);
        hyperparameters(card, job.putArray("hyper_parameters"), job.putArray("user_provided_hyper_parameters"), fit);
        return o;
    }

    private static void datasets(List<DatasetInfo> datasets, ArrayNode out, Fit fit) {
        for (int i = 0; i < datasets.size(); i++) {
            DatasetInfo d = datasets.get(i);
            String pointer = "/datasets/" + i;
            if (d.role() != null && EVALUATION_ROLES.contains(d.role().toLowerCase(Locale.ROOT))) {
                fit.leaveOut(pointer + "/role", "left out: SageMaker lists training datasets only");
                if (JsonOutput.present(d.sourceUri())) {
                    fit.leaveOut(pointer + "/source_uri", "left out: SageMaker lists training datasets only");
                }
                continue;
            }
            if (!JsonOutput.present(d.sourceUri())) {
                continue;
            }
            if (fit.room(out.size(), SageMakerSections.ARTIFACTS, pointer + "/source_uri", "training_datasets")) {
                out.add(fit.cut(d.sourceUri(), SageMakerSections.SHORT, pointer + "/source_uri", "training_datasets entry"));
            }
        }
    }

    private static void metrics(ModelCard card, ArrayNode auto, ArrayNode human, Fit fit) {
        List<LogEntry> log = card.training().log();
        for (int i = 0; i < log.size() - 1; i++) {
            fit.leaveOut("/training/log/" + i, "left out: SageMaker keeps the metrics of the last logged step only");
        }
        if (log.isEmpty()) {
            return;
        }
        int last = log.size() - 1;
        LogEntry entry = log.get(last);
        String notes = "step " + entry.step() + (entry.epoch() == null ? "" : ", epoch " + Numbers.text(entry.epoch()));
        for (Map.Entry<String, Double> m : entry.metrics().entrySet()) {
            String pointer = Pointers.child("/training/log/" + last + "/metrics", m.getKey());
            ArrayNode list = human(card, pointer) ? human : auto;
            String listName = list == human ? "user_provided_training_metrics" : "training_metrics";
            if (m.getValue() == null || m.getValue().isNaN() || m.getValue().isInfinite()) {
                fit.leaveOut(pointer, "left out: SageMaker metric values are finite numbers");
            } else if (nameFits(m.getKey(), pointer, fit) && fit.room(list.size(), METRICS, pointer, listName)) {
                ObjectNode x = list.addObject().put("name", m.getKey()).put("value", m.getValue()).put("notes", notes);
                fit.droppable(x, 1, pointer);
            }
        }
    }

    private static void hyperparameters(ModelCard card, ArrayNode auto, ArrayNode human, Fit fit) {
        for (Map.Entry<String, Object> h : card.training().hyperparameters().all().entrySet()) {
            String pointer = Pointers.child("/training/hyperparameters/all", h.getKey());
            ArrayNode list = human(card, pointer) ? human : auto;
            String listName = list == human ? "user_provided_hyper_parameters" : "hyper_parameters";
            if (!nameFits(h.getKey(), pointer, fit) || !fit.room(list.size(), HYPERPARAMETERS, pointer, listName)) {
                continue;
            }
            ObjectNode x = list.addObject().put("name", h.getKey());
            if (h.getValue() != null) {
                x.put("value", fit.cut(HyperparameterText.write(h.getValue()), VALUE, pointer, "hyperparameter value"));
            }
            fit.droppable(x, 2, pointer);
        }
    }

    private static boolean nameFits(String name, String pointer, Fit fit) {
        if (name.isEmpty() || name.length() > NAME) {
            fit.leaveOut(pointer, "left out: SageMaker names are 1 to " + NAME + " characters, this one has " + name.length());
            return false;
        }
        return true;
    }

    /** Whether a person wrote the value at {@code pointer}: those go to SageMaker's user-provided lists. */
    static boolean human(ModelCard card, String pointer) {
        return card.provenance().originOf(pointer) instanceof Origin.Human;
    }
}
