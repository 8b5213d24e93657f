package io.modelcards.registry;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.Role;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.workflow.Action;
import io.modelcards.registry.workflow.Step;
import io.modelcards.registry.workflow.Transition;
import io.modelcards.registry.workflow.Workflow;
import java.util.Locale;

/**
 * Who may do what, checked in the domain as well as by the server's route table: the capability of the actor's role,
 * ownership (authors act only on models they created, admins on any), the transition table's state and roles, and the
 * caller's {@code ifMatch}. Each check refuses with a {@link RegistryException} of the right kind.
 */
final class Access {
    private Access() {}

    /** Refuses a disabled actor, or one whose role lacks {@code capability} ({@code auth/forbidden}). */
    static void require(User actor, Capability capability, String subject) {
        if (actor.disabled()) {
            throw RegistryException.of(Kind.FORBIDDEN, subject, "auth/disabled-user", "user '" + actor.name()
                    + "' is disabled: ask an admin for an enabled account");
        }
        if (!actor.may(capability)) {
            throw RegistryException.of(Kind.FORBIDDEN, subject, "auth/forbidden", "a " + actor.role().id() + " may not "
                    + words(capability) + ": ask an admin for a role that may");
        }
    }

    /** Refuses an actor who may not author, or is neither the model's owner nor an admin ({@code auth/not-owner}). */
    static void author(User actor, String owner, String subject) {
        require(actor, Capability.AUTHOR, subject);
        if (actor.role() != Role.ADMIN && !actor.name().equals(owner)) {
            throw RegistryException.of(Kind.FORBIDDEN, subject, "auth/not-owner", "the model belongs to " + owner
                    + ": only its owner or an admin may change it");
        }
    }

    /**
     * The transition {@code action} makes from the version's state; refused as {@link Kind#CONFLICT} when the state
     * does not allow it ({@code workflow/not-allowed}), as {@link Kind#FORBIDDEN} when the table does not give the
     * action to the actor's role ({@code workflow/role}).
     */
    static Transition transition(User actor, LockedVersion v, Action action) {
        Step step = Workflow.apply(v.state(), action);
        if (step instanceof Step.Refused r) {
            throw RegistryException.of(Kind.CONFLICT, v.subject(), r.code(), r.message());
        }
        Transition t = ((Step.Allowed) step).transition();
        if (!t.roles().contains(actor.role().id())) {
            throw RegistryException.of(Kind.FORBIDDEN, v.subject(), "workflow/role", "a " + actor.role().id() + " may not "
                    + action.id().replace('_', ' ') + ": that is for " + String.join(" or ", t.roles()));
        }
        return t;
    }

    /** The edit transition of the version's state, checked as {@link #transition} checks it. */
    static Transition edit(User actor, LockedVersion v) {
        return transition(actor, v, Action.EDIT);
    }

    /** Refuses as {@link Kind#PRECONDITION_FAILED} when {@code ifMatch} is given and is not the current revision. */
    static void match(LockedVersion v, ContentHash ifMatch) {
        if (ifMatch != null && !ifMatch.equals(v.current())) {
            throw RegistryException.of(Kind.PRECONDITION_FAILED, v.subject(), "catalog/stale-revision", "the card changed since it"
                    + " was read (now " + (v.current() == null ? "no card" : v.current()) + "): fetch it again and retry");
        }
    }

    private static String words(Capability c) {
        return switch (c) {
            case READ -> "read the registry";
            case AUTHOR -> "write model cards";
            case REVIEW -> "review model cards";
            case ADMINISTER -> "administer the registry";
        } + " (" + c.name().toLowerCase(Locale.ROOT) + ")";
    }
}
