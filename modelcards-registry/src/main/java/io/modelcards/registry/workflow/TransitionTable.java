package io.modelcards.registry.workflow;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A transition table read from its tab-separated text: each line {@code from, action, to, roles, when}; blank lines and
 * lines starting with {@code #} are skipped. Any (state, action) pair not listed is refused.
 */
public final class TransitionTable {
    /** The problem code of every error in a table's text. */
    public static final String CODE = "workflow/table";
    /** The roles a table may name, as in the registry's users. */
    public static final List<String> ROLES = List.of("viewer", "author", "reviewer", "admin");
    private static final List<String> WHEN = List.of("always", "policy-met");

    private final List<Transition> transitions;
    private final Map<State, Map<Action, Transition>> byState = new EnumMap<>(State.class);

    private TransitionTable(List<Transition> transitions) {
        this.transitions = List.copyOf(transitions);
        for (Transition t : transitions) {
            byState.computeIfAbsent(t.from(), s -> new LinkedHashMap<>()).put(t.action(), t);
        }
    }

    /**
     * Reads a table; every bad line (wrong column count, unknown state, action, role or condition, a repeated pair)
     * is an error located at its line and column in {@code name}.
     */
    public static TransitionTable parse(String text, String name) throws InvalidInputException {
        List<Diagnostic> problems = new ArrayList<>();
        List<Transition> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            new Row(name, number, line, problems).transition().ifPresent(t -> {
                String key = t.from().id() + " " + t.action().id();
                Integer first = firstLine.putIfAbsent(key, number);
                if (first == null) {
                    rows.add(t);
                } else {
                    problems.add(Diagnostic.error(name, number, 1, CODE,
                            "\"" + key + "\" is listed twice (first on line " + first + "): keep one row for each state and action"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TransitionTable(rows);
    }

    /** Every row, in table order. */
    public List<Transition> transitions() {
        return transitions;
    }

    /** The actions allowed in {@code state}, in table order; empty for a state nothing leaves. */
    public List<Action> allowed(State state) {
        return List.copyOf(byState.getOrDefault(state, Map.of()).keySet());
    }

    /** Whether {@code action} is allowed in {@code state}, with its transition, or refused with the allowed actions. */
    public Step apply(State state, Action action) {
        Transition t = byState.getOrDefault(state, Map.of()).get(action);
        return t == null ? new Step.Refused(state, action, allowed(state)) : new Step.Allowed(t);
    }

    /** One line of the table's text, checked column by column. */
    private record Row(String file, int line, String text, List<Diagnostic> problems) {
        Optional<Transition> transition() {
            String[] cols = text.split("\t", -1);
            if (cols.length != 5) {
                problems.add(Diagnostic.error(file, line, 1, CODE, "expected 5 tab-separated columns (from, action, to, roles,"
                        + " when), found " + cols.length + ": separate the columns with one tab each"));
                return Optional.empty();
            }
            int before = problems.size();
            Optional<State> from = known(cols, 0, "state", State::parse, Arrays.stream(State.values()).map(State::id).toList());
            Optional<Action> action = known(cols, 1, "action", Action::parse,
                    Arrays.stream(Action.values()).map(Action::id).toList());
            Optional<State> to = known(cols, 2, "state", State::parse, Arrays.stream(State.values()).map(State::id).toList());
            List<String> roles = Arrays.asList(cols[3].split(",", -1));
            int col = column(cols, 3);
            for (String role : roles) {
                if (!ROLES.contains(role)) {
                    problems.add(unknown(col, "role", role, ROLES));
                }
                col += role.length() + 1;
            }
            Optional<Transition.When> when = known(cols, 4, "condition",
                    w -> WHEN.contains(w) ? Optional.of(Transition.When.valueOf(w.replace('-', '_').toUpperCase(Locale.ROOT)))
                            : Optional.empty(), WHEN);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Transition(from.orElseThrow(), action.orElseThrow(), to.orElseThrow(), roles, when.orElseThrow()));
        }

        private <T> Optional<T> known(String[] cols, int index, String what, Function<String, Optional<T>> parse, List<String> ids) {
            Optional<T> value = parse.apply(cols[index]);
            if (value.isEmpty()) {
                problems.add(unknown(column(cols, index), what, cols[index], ids));
            }
            return value;
        }

        private Diagnostic unknown(int column, String what, String value, List<String> ids) {
            return Diagnostic.error(file, line, column, CODE, "unknown " + what + " \"" + value + "\": use one of "
                    + String.join(", ", ids));
        }

        private int column(String[] cols, int index) {
            int col = 1;
            for (int i = 0; i < index; i++) {
                col += cols[i].length() + 1;
            }
            return col;
        }
    }
}
