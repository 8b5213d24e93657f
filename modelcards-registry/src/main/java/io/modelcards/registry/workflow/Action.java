package io.modelcards.registry.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * Something a person does to a model version that the workflow allows or refuses, depending on the version's state.
 * The moves each action makes are listed in one place, {@code transitions.tsv} beside this class (see {@link Workflow}).
 */
public enum Action {
    /** An author changes the card; allowed while the card is a draft or changes were requested. */
    EDIT,
    /** An author sends the card to review. */
    SUBMIT,
    /** A reviewer approves the current revision; the version is approved once the approval policy is met. */
    APPROVE,
    /** A reviewer asks for changes, with a comment; the version goes back to its authors. */
    REQUEST_CHANGES,
    /** The approved card becomes the one people and pipelines use. */
    PUBLISH,
    /** A published card is replaced or withdrawn. */
    DEPRECATE,
    /** The version is put away; allowed from any state but published. */
    ARCHIVE;

    /** The name on the wire and in files: lower case with underscores ({@code request_changes}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action named {@code id} ({@code request_changes}), if there is one. */
    public static Optional<Action> parse(String id) {
        for (Action a : values()) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
