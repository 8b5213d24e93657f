package io.modelcards.registry;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.gate.GateCheck;
import io.modelcards.registry.gate.GateDecision;
import io.modelcards.registry.gate.GateInput;
import io.modelcards.registry.gate.GatePolicy;
import io.modelcards.registry.workflow.State;
import java.util.stream.Stream;

/**
 * The deployment gate on the stored registry: gathers what {@link GateCheck} decides on (the version's state, its
 * current card, the revision its approval was for, the audit chain's verification) and the audit event that records
 * the decision.
 */
final class Gates {
    private Gates() {}

    /** The gate's decision on {@code entry} under {@code policy}. */
    static GateDecision decide(Registry registry, VersionEntry entry, GatePolicy policy) {
        ContentHash current = entry.currentRevision();
        // By hash as well as by version: a current revision that is not one of the version's own (an altered row) must
        // still be compared with the approved one, so that the reason names both.
        ModelCard card = current == null ? null : registry.catalog().card(entry.model(), entry.version())
                .or(() -> registry.catalog().revision(current)).map(Revision::card).orElse(null);
        Verification chain = registry.verifyAudit();
        ContentHash approved = approvedRevision(registry, entry);
        return GateCheck.decide(new GateInput(entry.model(), entry.version(), entry.state(), approved, current, chain, card,
                policy));
    }

    /**
     * The revision the version was approved as: the subject of the last audit entry that moved it to approved. The
     * chain, not the versions table, is the record of it: a card changed in the database after approval shows as a
     * current revision that differs from this one.
     */
    static ContentHash approvedRevision(Registry registry, VersionEntry entry) {
        String found = null;
        try (Stream<AuditEntry> entries = registry.audit(1, Long.MAX_VALUE)) {
            for (AuditEntry e : (Iterable<AuditEntry>) entries::iterator) {
                AuditEvent ev = e.event();
                Subject s = ev.subject();
                if (ev.toState() == State.APPROVED && s != null && entry.model().equals(s.model())
                        && entry.version().equals(s.version()) && s.revision() != null) {
                    found = s.revision();
                }
            }
        }
        return found == null ? null : ContentHash.parse(found);
    }

    /** The audit event recording {@code decision} by {@code actor} on {@code entry} under {@code policy}. */
    static AuditEvent.Draft event(User actor, VersionEntry entry, GatePolicy policy, GateDecision decision) {
        AuditEvent.Draft d = AuditEvent.draft(actor.name(), decision.pass() ? Action.GATE_ALLOWED : Action.GATE_DENIED)
                .withSubject(Subject.of(entry.model(), entry.version(), entry.currentRevision()))
                .withDetail("require", policy.require().id());
        return decision.pass() ? d : d.withDetail("reasons", String.join("\n", decision.reasons()));
    }
}
