package io.modelcards.registry;

import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.auth.Capability;
import io.modelcards.registry.auth.User;

/** A checkpoint on request: an admin's {@code checkpoint.signed} entry, and the signed head that includes it. */
final class Checkpoints {
    private Checkpoints() {}

    /** Appends the request and signs and stores the head after it; see {@link Registry#checkpoint}. */
    static Checkpoint onRequest(Tx tx, User actor, Signer signer) {
        Access.require(actor, Capability.ADMINISTER, "audit/checkpoints");
        AuditEntry entry = tx.append(AuditEvent.draft(actor.name(), Action.CHECKPOINT_SIGNED));
        Checkpoint signed = signer.sign(entry.head());
        tx.checkpoints().add(signed, tx.now());
        return signed;
    }
}
