package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.LockedVersion;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.review.Refusal;
import io.modelcards.registry.review.Review;
import io.modelcards.registry.review.ReviewOutcome;
import io.modelcards.registry.workflow.Action;
import io.modelcards.registry.workflow.State;
import io.modelcards.registry.workflow.Transition;
import io.modelcards.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow's moves of a version: submit (through the rule packs), review decisions (through the approval policy),
 * publish (with a signed checkpoint), deprecate and archive. Each runs inside one {@link Tx}: the version's row is
 * locked first, so a racing move finds the state the earlier one left (409) and a racing edit the revision (412).
 */
final class Transitions {
    private final RegistryConfig config;
    private final Signer signer;

    Transitions(RegistryConfig config, Signer signer) {
        this.config = config;
        this.signer = signer;
    }

    /** Submits the version for review; see {@link Registry#submit}. */
    Moved submit(Tx tx, User actor, String model, String version, ContentHash ifMatch) {
        LockedVersion v = tx.lock(model, version);
        Access.author(actor, v.owner(), v.subject());
        Transition t = Access.transition(actor, v, Action.SUBMIT);
        Access.match(v, ifMatch);
        if (v.current() == null) {
            throw CardWrites.noCard(v);
        }
        List<Diagnostic> found = checks(config, tx.card(v, v.current()), v.subject());
        List<Diagnostic> errors = found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new RegistryException(Kind.INVALID, errors);
        }
        return finish(tx, actor, v, t.next(true), Action.SUBMIT, null, Map.of("warnings", found.size()));
    }

    /**
     * What the rule packs of {@code config} find in {@code card}, located at {@code subject}: the checks a submit runs,
     * in one place so that a page showing them before the submit shows exactly what the submit will decide on.
     */
    static List<Diagnostic> checks(RegistryConfig config, ModelCard card, String subject) {
        SourceMap at = SourceMap.none(subject);
        List<Diagnostic> found = new ArrayList<>(Validator.validate(card, at, config.rulePacks(), config.validationOptions()));
        found.addAll(config.policy().rules().check(card, at));
        return found;
    }

    /** Records a reviewer's decision and moves the version when it decides; see {@link Registry#review}. */
    Moved review(Tx tx, User actor, String model, String version, Decision decision, String comment, String role,
            ContentHash ifMatch) {
        String subject = "models/" + model + "/versions/" + version;
        Access.require(actor, Capability.REVIEW, subject);
        LockedVersion v = tx.lock(model, version);
        Action action = decision == Decision.APPROVE ? Action.APPROVE : Action.REQUEST_CHANGES;
        Transition t = Access.transition(actor, v, action);
        Access.match(v, ifMatch);
        if (v.current() == null) {
            throw CardWrites.noCard(v);
        }
        Review review = new Review(actor.name(), role, decision, comment, tx.now(), v.current());
        Set<String> authors = tx.versions().authors(v);
        Optional<Refusal> refusal = review.refusal(config.policy(), authors);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            throw RegistryException.of("review/own-revision".equals(r.code()) ? Kind.FORBIDDEN : Kind.INVALID, v.subject(), r.code(),
                    r.message());
        }
        tx.reviews().add(v.id(), review);
        ModelCard card = tx.card(v, v.current());
        ReviewOutcome outcome = ReviewOutcome.of(config.policy(), authors, tx.reviews().reviews(v.id()), v.current(), card);
        State to = decision == Decision.APPROVE ? t.next(outcome.status() == ReviewOutcome.Status.APPROVED) : t.next(true);
        return finish(tx, actor, v, to, action, outcome, role == null ? Map.of() : Map.of("role", role));
    }

    /** Publishes the version; see {@link Registry#publish}. */
    Moved publish(Tx tx, User actor, String model, String version, ContentHash ifMatch) {
        return move(tx, actor, model, version, Action.PUBLISH, ifMatch);
    }

    /** Deprecates the version; see {@link Registry#deprecate}. */
    Moved deprecate(Tx tx, User actor, String model, String version, ContentHash ifMatch) {
        return move(tx, actor, model, version, Action.DEPRECATE, ifMatch);
    }

    /** Archives the version; see {@link Registry#archive}. */
    Moved archive(Tx tx, User actor, String model, String version, ContentHash ifMatch) {
        return move(tx, actor, model, version, Action.ARCHIVE, ifMatch);
    }

    private Moved move(Tx tx, User actor, String model, String version, Action action, ContentHash ifMatch) {
        LockedVersion v = tx.lock(model, version);
        Access.author(actor, v.owner(), v.subject());
        Transition t = Access.transition(actor, v, action);
        Access.match(v, ifMatch);
        return finish(tx, actor, v, t.next(true), action, null, Map.of());
    }

    /**
     * Moves {@code v} to {@code to} (when it changes) and appends the audit entry; a publish also signs a checkpoint of
     * the chain's head, that entry included. The append comes last, after every other read and write: from it to the
     * commit, this transaction holds the audit chain's head, which every write waits for, so nothing else is done there
     * but signing a publish's checkpoint.
     */
    private Moved finish(Tx tx, User actor, LockedVersion v, State to, Action action, ReviewOutcome outcome,
            Map<String, Object> details) {
        if (to != v.state() && !tx.catalog().setState(v.id(), v.state(), to)) {
            // The row is locked by this transaction, so only a defect gets here; refuse rather than record a lost move.
            throw RegistryException.of(Kind.CONFLICT, v.subject(), "workflow/not-allowed", "the version's state changed meanwhile:"
                    + " read it again");
        }
        AuditEvent.Draft event = Events.move(actor, action.id(), v, v.state(), to);
        for (Map.Entry<String, Object> d : details.entrySet()) {
            event = event.withDetail(d.getKey(), d.getValue());
        }
        if (outcome != null) {
            event = event.withDetail("outcome", outcome.status().name().toLowerCase(Locale.ROOT));
        }
        Moved moved = new Moved(v.entryIn(to), v.state(), to, outcome);
        AuditEntry entry = tx.append(event);
        if (action == Action.PUBLISH) {
            tx.checkpoints().add(signer.sign(entry.head()), tx.now());
        }
        return moved;
    }
}
