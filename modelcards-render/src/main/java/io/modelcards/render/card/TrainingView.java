package io.modelcards.render.card;

import io.modelcards.card.Energy;
import io.modelcards.card.Environment;
import io.modelcards.card.LogEntry;
import io.modelcards.card.Training;
import io.modelcards.render.chart.TrainingChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Template rows for the captured training data: hyperparameters, the training log, environment and energy. */
final class TrainingView {
    private TrainingView() {}

    static void addTo(Map<String, Object> ctx, Training t) {
        var hp = t.hyperparameters();
        List<Object> rows = new ArrayList<>();
        for (var e : hp.all().entrySet()) {
            rows.add(DisplayText.row("name", DisplayText.cell(e.getKey()), "value", DisplayText.text(DisplayText.of(e.getValue())),
                    "non_default", hp.nonDefault().contains(e.getKey()), "redacted", hp.redacted().contains(e.getKey())));
        }
        ctx.put("hyperparameter_rows", rows);
        ctx.put("hyperparameters_non_default", String.valueOf(hp.all().keySet().stream().filter(hp.nonDefault()::contains).count()));
        ctx.put("hyperparameters_total", String.valueOf(hp.all().size()));
        ctx.put("hyperparameters_redacted", redactedNote(hp.redacted()));
        addLog(ctx, t.log());
        ctx.put("environment_rows", environment(t.environment()));
        ctx.put("framework_versions", frameworks(t.environment()));
        ctx.put("energy_rows", energy(t.energy()));
    }

    /**
     * The sentence under the hyperparameter table that says which values were redacted, so that a reader knows the
     * marker in the table hides a value and why; "" when none was.
     */
    static String redactedNote(List<String> redacted) {
        if (redacted.isEmpty()) {
            return "";
        }
        String names = redacted.stream().map(n -> "`" + Numbers.code(n) + "`").collect(Collectors.joining(", "));
        return redacted.size() == 1 ? "1 value was redacted because it looked like a secret: " + names + "."
                : redacted.size() + " values were redacted because they looked like secrets: " + names + ".";
    }

    /** The log as a table: step, epoch, then every metric seen in any row, in first-seen order; the best row marked. */
    private static void addLog(Map<String, Object> ctx, List<LogEntry> log) {
        Set<String> metrics = new LinkedHashSet<>();
        boolean epochs = false;
        for (LogEntry e : log) {
            metrics.addAll(e.metrics().keySet());
            epochs |= e.epoch() != null;
        }
        List<String> columns = new ArrayList<>();
        columns.add("Step");
        if (epochs) {
            columns.add("Epoch");
        }
        metrics.forEach(m -> columns.add(DisplayText.text(m)));
        int decimals = Numbers.epochDecimals(log.stream().map(LogEntry::epoch).toList());
        List<Object> rows = new ArrayList<>();
        String best = "";
        for (LogEntry e : log) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(e.step()));
            if (epochs) {
                cells.add(e.epoch() == null ? "" : Numbers.epoch(e.epoch(), decimals));
            }
            for (String m : metrics) {
                Double v = e.metrics().get(m);
                cells.add(v == null ? "" : DisplayText.metric(v));
            }
            if (e.best()) {
                cells.replaceAll(c -> c.isEmpty() ? c : "**" + c + "**");
                best = String.valueOf(e.step());
            }
            rows.add(DisplayText.row("cells", cells, "best", e.best()));
        }
        ctx.put("log_columns", columns);
        ctx.put("log_rows", rows);
        ctx.put("log_best_step", best);
        ctx.put("training_curve_image", TrainingChart.exists(log) ? TrainingChart.FILE_NAME : "");
    }

    private static List<Object> environment(Environment env) {
        List<Object> rows = new ArrayList<>();
        if (env == null) {
            return rows;
        }
        add(rows, "JVM", env.jvm());
        add(rows, "Operating system", env.os());
        add(rows, "CPU", env.cpu());
        add(rows, "Logical cores", env.cores() == null ? null : env.cores().toString());
        add(rows, "Memory", env.memoryBytes() == null ? null : DisplayText.bytes(env.memoryBytes()));
        add(rows, "GPU", env.gpu());
        add(rows, "Git commit", env.gitCommit());
        add(rows, "Cloud provider", env.cloudProvider());
        add(rows, "Compute region", env.computeRegion());
        return rows;
    }

    private static List<Object> frameworks(Environment env) {
        List<Object> rows = new ArrayList<>();
        if (env != null) {
            env.libraries().forEach((k, v) -> rows.add(DisplayText.row("name", DisplayText.text(k), "version", DisplayText.text(v))));
        }
        return rows;
    }

    private static List<Object> energy(Energy e) {
        List<Object> rows = new ArrayList<>();
        if (e == null) {
            return rows;
        }
        add(rows, "Method", e.method());
        add(rows, "Energy", e.kwh() == null ? null : Numbers.quantity(e.kwh()) + " kWh");
        add(rows, "Emissions", e.co2Grams() == null ? null : Numbers.co2(e.co2Grams()));
        add(rows, "Hardware", e.hardwareType());
        add(rows, "Hours used", e.hoursUsed() == null ? null : Numbers.quantity(e.hoursUsed()));
        add(rows, "Uncertainty", e.uncertainty() == null ? null
                : "±" + new BigDecimal(Double.toString(e.uncertainty())).movePointRight(2).stripTrailingZeros().toPlainString() + " %");
        for (var in : new LinkedHashMap<>(e.inputs()).entrySet()) {
            add(rows, "Input: " + in.getKey(), DisplayText.of(in.getValue()));
        }
        return rows;
    }

    private static void add(List<Object> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(DisplayText.row("label", DisplayText.cell(label), "value", DisplayText.text(value.strip())));
        }
    }
}
