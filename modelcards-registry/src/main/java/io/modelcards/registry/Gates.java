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
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The deployment gate on the stored registry: gathers what {@link GateCheck} decides on (the version's state, its
 * current card, the revision its approval was for and the audit chain's verification, both from one pass over the
 * chain) and the audit event that records the decision.
 */
final class Gates {
    private Gates() {}

    /**
     * The gate's decision on {@code entry} under {@code policy}. The audit chain is read once: the pass that verifies it
     * also finds the version's approval. The gate must read the whole chain, because only a chain that verifies from its
     * first entry proves that the approval entry it relies on was not altered or inserted; an approval after the first
     * bad entry is not trusted, and so not found.
     */
    static GateDecision decide(Registry registry, VersionEntry entry, GatePolicy policy) {
        ContentHash current = entry.currentRevision();
        // By hash as well as by version: a current revision that is not one of the version's own (an altered row) must
        // still be compared with the approved one, so that the reason names both.
        ModelCard card = current == null ? null : registry.catalog().card(entry.model(), entry.version())
                .or(() -> registry.catalog().revision(current)).map(Revision::card).orElse(null);
        Approval approval = new Approval(entry);
        Verification chain = registry.verifyAudit(approval);
        return GateCheck.decide(new GateInput(entry.model(), entry.version(), entry.state(), approval.revision(chain), current,
                chain, card, policy));
    }

    /**
     * The revision a version was approved as: the subject of the last trusted audit entry that moved it to approved. The
     * chain, not the versions table, is the record of it: a card changed in the database after approval shows as a
     * current revision that differs from this one. It is shown each entry as it is read, before the verification has
     * checked it, so it keeps every approval seen and trusts only those before the chain's first bad entry.
     */
    static final class Approval implements Consumer<AuditEntry> {
        private final VersionEntry version;
        private final NavigableMap<Long, String> seen = new TreeMap<>();

        Approval(VersionEntry version) {
            this.version = version;
        }

        @Override
        public void accept(AuditEntry e) {
            AuditEvent ev = e.event();
            Subject s = ev.subject();
            if (ev.toState() == State.APPROVED && s != null && version.model().equals(s.model())
                    && version.version().equals(s.version()) && s.revision() != null) {
                seen.put(e.seq(), s.revision());
            }
        }

        /** The approved revision by the entries before {@code chain}'s first bad one (all when it verified), or null. */
        ContentHash revision(Verification chain) {
            NavigableMap<Long, String> trusted = chain instanceof Verification.Broken b ? seen.headMap(b.seq(), false) : seen;
            return trusted.isEmpty() ? null : ContentHash.parse(trusted.lastEntry().getValue());
        }
    }

    /** The audit event recording {@code decision} by {@code actor} on {@code entry} under {@code policy}. */
    static AuditEvent.Draft event(User actor, VersionEntry entry, GatePolicy policy, GateDecision decision) {
        AuditEvent.Draft d = AuditEvent.draft(actor.name(), decision.pass() ? Action.GATE_ALLOWED : Action.GATE_DENIED)
                .withSubject(Subject.of(entry.model(), entry.version(), entry.currentRevision()))
                .withDetail("require", policy.require().id());
        return decision.pass() ? d : d.withDetail("reasons", String.join("\n", decision.reasons()));
    }
}
