package io.modelcards.registry;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.review.Comment;
import io.modelcards.registry.review.Refusal;
import java.util.List;

/**
 * Comments on a version's current revision and their resolution. Reviewers comment on any model; authors on the models
 * they own (admins on any); viewers not at all. A comment's pointer must be a field pointer; it may name a field the
 * card does not fill yet, since that is often what a reviewer asks for.
 */
final class Discussion {
    private Discussion() {}

    /** Adds {@code c} to the version's current revision; see {@link Registry#comment}. */
    static Comment comment(Tx tx, User actor, String model, String version, NewComment c) {
        LockedVersion v = tx.versions().find(model, version);
        mayDiscuss(actor, v);
        if (v.current() == null) {
            throw CardWrites.noCard(v);
        }
        Comment candidate = new Comment(0, actor.name(), v.current(), c.pointer(), c.section(), c.parentId(), c.text(), false,
                tx.now());
        List<Refusal> refusals = candidate.refusals(tx.reviews().comments(v.id()));
        if (!refusals.isEmpty()) {
            throw new RegistryException(Kind.INVALID, refusals.stream().map(r -> new Diagnostic(Severity.ERROR, v.subject(), 0, 0,
                    r.code(), r.message(), "comment/pointer-shape".equals(r.code()) ? c.pointer() : null)).toList());
        }
        Comment stored = tx.reviews().add(v.id(), candidate);
        AuditEvent.Draft event = Events.version(actor, Action.COMMENT_ADDED, v).withDetail("comment", stored.id());
        if (stored.pointer() != null) {
            event = event.withDetail("pointer", stored.pointer());
        }
        if (stored.parentId() != null) {
            event = event.withDetail("parent", stored.parentId());
        }
        tx.append(event);
        return stored;
    }

    /** Marks comment {@code id} of the version resolved; see {@link Registry#resolveComment}. */
    static Comment resolve(Tx tx, User actor, String model, String version, long id) {
        LockedVersion v = tx.versions().find(model, version);
        mayDiscuss(actor, v);
        tx.reviews().comment(v.id(), id).orElseThrow(() -> RegistryException.of(Kind.NOT_FOUND, v.subject() + "/comments/" + id,
                "comment/unknown", "version " + v.version() + " has no comment " + id + ": list its comments to find the id"));
        boolean resolved = tx.reviews().resolve(id);
        // Read back before the append: from the append to the commit this write holds the audit chain's head.
        Comment now = tx.reviews().comment(v.id(), id).orElseThrow();
        if (resolved) {
            tx.append(Events.version(actor, Action.COMMENT_RESOLVED, v).withDetail("comment", id));
        }
        return now;
    }

    private static void mayDiscuss(User actor, LockedVersion v) {
        if (actor.may(Capability.REVIEW)) {
            return;
        }
        Access.author(actor, v.owner(), v.subject());
    }
}
