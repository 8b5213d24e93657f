package io.modelcards.hf;

import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A training-results table ({@code | Training Loss | Epoch | Step | Validation Loss | Accuracy |}, the transformers
 * Trainer's "Training results" and sentence-transformers' "Training Logs") as the training log: one entry per row,
 * Step and Epoch columns as step and epoch, every other column a metric named by its header. "No log" and "-" are
 * absent values; a row in bold is the saved (best) checkpoint. A table without a Step column has another shape.
 */
final class TrainingLogTable implements HubCodec {
    static final TrainingLogTable INSTANCE = new TrainingLogTable();
    private static final Set<String> ABSENT = Set.of("", "no log", "-");
    private static final Pattern ALIGN = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

    private TrainingLogTable() {}

    /** A parsed table: where it is in the lines, its columns, and each row's entry beside its line. */
    private record Table(int start, int end, List<String> columns, List<LogEntry> entries, String absent) {}

    @Override
    public List<String> fields() {
        return List.of(HubFields.LOG);
    }

    @Override
    public Map<String, Object> read(String heading, String body) {
        Table t = parse(HubValues.lines(body));
        if (t == null) {
            return null;
        }
        Map<String, Object> v = new HashMap<>();
        v.put(HubFields.LOG, t.entries().isEmpty() ? null : t.entries());
        return v;
    }

    private static Table parse(List<String> lines) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("|")) {
                if (end >= 0) {
                    return null; // a second table
                }
                start = start < 0 ? i : start;
            } else {
                end = start >= 0 && end < 0 ? i : end;
                if (!(t.isEmpty() || t.startsWith("<details>") || t.equals("</details>") || t.startsWith("* The bold row"))) {
                    return null;
                }
            }
        }
        if (start < 0) {
            return new Table(-1, -1, List.of(), List.of(), "-");
        }
        end = end < 0 ? lines.size() : end;
        if (end - start < 2 || !ALIGN.matcher(lines.get(start + 1).strip()).matches()) {
            return null;
        }
        List<String> columns = cells(lines.get(start));
        int step = index(columns, "step");
        if (step < 0) {
            return null;
        }
        List<LogEntry> entries = new ArrayList<>();
        String absent = null;
        for (int i = start + 2; i < end; i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != columns.size()) {
                return null;
            }
            LogEntry e = entry(columns, cells, step);
            if (e == null) {
                return null;
            }
            for (String c : cells) {
                absent = absent == null && ABSENT.contains(c.toLowerCase(Locale.ROOT)) && !c.isEmpty() ? c : absent;
            }
            entries.add(e);
        }
        return new Table(start, end, columns, entries, absent == null ? "-" : absent);
    }

    private static LogEntry entry(List<String> columns, List<String> cells, int step) {
        int epoch = index(columns, "epoch");
        boolean bold = true;
        Map<String, Double> metrics = new LinkedHashMap<>();
        Double epochValue = null;
        long stepValue = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean b = cell.length() > 4 && cell.startsWith("**") && cell.endsWith("**");
            String text = b ? cell.substring(2, cell.length() - 2).strip() : cell;
            if (ABSENT.contains(text.toLowerCase(Locale.ROOT))) {
                if (c == step) {
                    return null;
                }
                continue;
            }
            bold &= b;
            Double d = HubValues.number(text);
            if (d == null || c == step && !text.matches("\\d+")) {
                return null;
            }
            if (c == step) {
                stepValue = Long.parseLong(text);
            } else if (c == epoch) {
                epochValue = d;
            } else {
                metrics.put(columns.get(c), d);
            }
        }
        return new LogEntry(stepValue, epochValue, metrics, bold);
    }

    private static int index(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of a table row, trimmed, without the outer pipes. */
    private static List<String> cells(String row) {
        String t = row.strip();
        t = t.startsWith("|") ? t.substring(1) : t;
        t = t.endsWith("|") ? t.substring(0, t.length() - 1) : t;
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    @Override
    public String write(String body, ModelCard card, String le, boolean last) {
        List<String> lines = HubValues.lines(body);
        Table t = parse(lines);
        List<LogEntry> log = card.training().log();
        List<String> columns = new ArrayList<>(t.columns().isEmpty() ? List.of("Epoch", "Step") : t.columns());
        for (LogEntry e : log) {
            for (String m : e.metrics().keySet()) {
                if (!columns.contains(m)) {
                    columns.add(m);
                }
            }
        }
        List<String> table = new ArrayList<>();
        if (!log.isEmpty()) {
            boolean sameColumns = columns.equals(t.columns());
            table.add(sameColumns ? lines.get(t.start()) : row(columns));
            table.add(sameColumns ? lines.get(t.start() + 1) : "|" + ":---:|".repeat(columns.size()));
            for (LogEntry e : log) {
                int was = sameColumns ? t.entries().indexOf(e) : -1;
                table.add(was >= 0 ? lines.get(t.start() + 2 + was) : row(cells(columns, e, t.absent())));
            }
        }
        List<String> out = new ArrayList<>(lines);
        if (t.start() >= 0) {
            out.subList(t.start(), t.end()).clear();
            out.addAll(t.start(), table);
        } else {
            HubValues.appendBeforeTrailingBlanks(out, table);
        }
        return String.join(le, out);
    }

    private static List<String> cells(List<String> columns, LogEntry e, String absent) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            Object v = c.equalsIgnoreCase("step") ? (Object) e.step() : c.equalsIgnoreCase("epoch") ? e.epoch() : e.metrics().get(c);
            String text = v == null ? absent : HubValues.text(v);
            out.add(e.best() && v != null ? "**" + text + "**" : text);
        }
        return out;
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
