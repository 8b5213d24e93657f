package io.modelcards.registry;

import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.workflow.State;

/** The audit events the registry's writes append, built in one place so that each names its subject the same way. */
final class Events {
    private Events() {}

    /** {@code action} by {@code actor}, about the model {@code model}. */
    static AuditEvent.Draft model(User actor, Action action, String model) {
        return AuditEvent.draft(actor.name(), action).withSubject(new Subject(model, null, null));
    }

    /** {@code action} by {@code actor}, about the version {@code v}'s current revision. */
    static AuditEvent.Draft version(User actor, Action action, LockedVersion v) {
        return AuditEvent.draft(actor.name(), action).withSubject(Subject.of(v.model(), v.version(), v.current()));
    }

    /** The audit action of the workflow action named {@code workflowAction} ({@code submit}, {@code publish}, ...). */
    static Action of(String workflowAction) {
        return switch (workflowAction) {
            case "edit" -> Action.REVISION_UPLOADED;
            case "submit" -> Action.CARD_SUBMITTED;
            case "approve" -> Action.REVIEW_APPROVED;
            case "request_changes" -> Action.REVIEW_CHANGES_REQUESTED;
            case "publish" -> Action.CARD_PUBLISHED;
            case "deprecate" -> Action.CARD_DEPRECATED;
            case "archive" -> Action.CARD_ARCHIVED;
            default -> throw new IllegalArgumentException("no audit action for the workflow action " + workflowAction);
        };
    }

    /** The move of {@code v} by the workflow action {@code workflowAction} from {@code from} to {@code to}. */
    static AuditEvent.Draft move(User actor, String workflowAction, LockedVersion v, State from, State to) {
        return version(actor, of(workflowAction), v).withTransition(from, to);
    }
}
