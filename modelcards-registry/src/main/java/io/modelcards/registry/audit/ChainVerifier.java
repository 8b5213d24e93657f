package io.modelcards.registry.audit;

import io.modelcards.registry.audit.Verification.Broken;
import io.modelcards.registry.audit.Verification.Problem;
import io.modelcards.registry.audit.Verification.Verified;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recomputes an audit chain from its first entry and names the first bad one. Entries are read one at a time, so a log
 * of any length verifies in constant memory. A trusted checkpoint adds what the chain alone cannot show: that the
 * chain was not rewritten or cut short since the checkpoint was signed.
 */
public final class ChainVerifier {
    private ChainVerifier() {}

    /**
     * Verifies {@code entries} (in seq order, from seq 1) and, when {@code trusted} is not null, that it is signed by
     * {@code key} and that its head is on the chain. An {@link AuditFormatException} thrown while iterating counts as an
     * unreadable entry.
     */
    public static Verification verify(Iterable<AuditEntry> entries, Checkpoint trusted, PublicKey key) {
        if (trusted != null) {
            if (key == null) {
                throw new IllegalArgumentException("a trusted checkpoint is verified with the registry's public key");
            }
            Optional<String> problem = trusted.problemWith(key);
            if (problem.isPresent()) {
                return new Broken(trusted.seq(), Problem.BAD_SIGNATURE, problem.get());
            }
            if (trusted.seq() == 0 && !trusted.hash().equals(ChainHead.GENESIS_HASH)) {
                return new Broken(0, Problem.CHECKPOINT_MISMATCH, "the checkpoint of the empty chain names a head hash");
            }
        }
        ChainHead head = ChainHead.GENESIS;
        Iterator<AuditEntry> it = entries.iterator();
        while (true) {
            AuditEntry entry;
            try {
                if (!it.hasNext()) {
                    break;
                }
                entry = it.next();
            } catch (AuditFormatException e) {
                return new Broken(e.seq(), Problem.UNREADABLE, e.getMessage());
            }
            Optional<Broken> broken = check(head, entry, trusted);
            if (broken.isPresent()) {
                return broken.get();
            }
            head = entry.head();
        }
        if (trusted != null && trusted.seq() > head.seq()) {
            return new Broken(head.seq() + 1, Problem.CHECKPOINT_MISMATCH, "the chain ends before entry " + (head.seq() + 1)
                    + " but the trusted checkpoint covers " + trusted.seq() + " entries: entries were removed from its end");
        }
        return new Verified(head, head.seq());
    }

    /** Verifies every entry of {@code log}, read lazily and closed afterwards, as {@link #verify(Iterable, Checkpoint, PublicKey)}. */
    public static Verification verify(AuditLog log, Checkpoint trusted, PublicKey key) {
        try (Stream<AuditEntry> entries = log.entries()) {
            return verify(entries::iterator, trusted, key);
        }
    }

    /** The break that {@code entry} makes after {@code head}, if any. */
    private static Optional<Broken> check(ChainHead head, AuditEntry entry, Checkpoint trusted) {
        long expected = head.seq() + 1;
        long seq = entry.seq();
        if (seq != expected) {
            String why = seq > expected
                    ? "entry " + expected + " is missing: entry " + seq + " follows entry " + head.seq()
                    : "entry " + seq + " is out of order or repeated: entry " + expected + " was expected after entry " + head.seq();
            return Optional.of(new Broken(expected, Problem.SEQUENCE, why));
        }
        if (!entry.prevHash().equals(head.hash())) {
            return Optional.of(new Broken(seq, Problem.PREV_MISMATCH, "entry " + seq + " does not follow entry " + head.seq()
                    + ": its previous hash is not that entry's hash (an entry was removed, inserted or changed)"));
        }
        if (!AuditChain.hash(entry.prevHash(), entry.event()).equals(entry.hash())) {
            return Optional.of(new Broken(seq, Problem.HASH_MISMATCH, "entry " + seq
                    + " was changed: its hash is not the hash of its content"));
        }
        if (trusted != null && trusted.seq() == seq && !trusted.hash().equals(entry.hash())) {
            return Optional.of(new Broken(seq, Problem.CHECKPOINT_MISMATCH, "entry " + seq
                    + " is not the head that the trusted checkpoint names: the chain was rewritten"));
        }
        return Optional.empty();
    }
}
