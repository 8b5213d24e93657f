package io.modelcards.registry.workflow;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry's review workflow: which actions each state allows, who may do them, and where they lead, all read from
 * the one table {@code transitions.tsv} beside this class when the class loads. A table with an unknown state, action,
 * role or condition stops the registry from starting, with an error naming the line.
 *
 * <p>Reviewer decisions ({@link Action#APPROVE}, {@link Action#REQUEST_CHANGES}) are allowed while the version is
 * {@code in_review}: a change request moves it to {@code changes_requested}; an approval is recorded and moves it to
 * {@code approved} only once the approval policy is met ({@link Transition#next(boolean)}).
 *
 * <p>An author's {@link Action#EDIT} is allowed in {@code draft} and {@code changes_requested} only. Approved and
 * published revisions never change: to edit such a card, the caller creates a new version whose first revision, in
 * {@code draft}, starts from it. That is not a transition of the approved version, so the table does not list it.
 */
public final class Workflow {
    /** The resource the table is read from, beside this class. */
    public static final String TABLE_RESOURCE = "transitions.tsv";
    private static final TransitionTable TABLE = load(TABLE_RESOURCE);

    private Workflow() {}

    /** Whether {@code action} is allowed in {@code state}: the transition, or a refusal naming the allowed actions. */
    public static Step apply(State state, Action action) {
        return TABLE.apply(state, action);
    }

    /** The actions allowed in {@code state}, in table order. */
    public static List<Action> allowed(State state) {
        return TABLE.allowed(state);
    }

    /** The whole table, as loaded. */
    public static TransitionTable table() {
        return TABLE;
    }

    /** The table in the resource {@code name} beside this class; a bad one stops the registry with every bad line. */
    static TransitionTable load(String name) {
        try (InputStream in = Workflow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the workflow table " + name + " is missing from the registry's jar");
            }
            return TransitionTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the workflow table is invalid:\n"
                    + e.problems().stream().map(Diagnostic::format).collect(Collectors.joining("\n")), e);
        }
    }
}
