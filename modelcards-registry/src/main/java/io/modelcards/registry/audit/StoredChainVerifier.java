package io.modelcards.registry.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verifies a stored audit chain together with the checkpoints the registry signed of it: every checkpoint's signature,
 * then the chain from its first entry against the newest checkpoint (so that entries cut from its end are found), then
 * that it ends at the head the registry recorded, then every older checkpoint's head. Names the first bad entry, as
 * {@link ChainVerifier} does.
 */
public final class StoredChainVerifier {
    private StoredChainVerifier() {}

    /**
     * Verifies {@code log} and the {@code stored} checkpoints, all signed by {@code key}, and that the chain ends at the
     * head the store recorded ({@code recorded}, null to skip): entries cut from the end after the newest checkpoint are
     * found that way, unless the head row was rewritten too. Read the checkpoints first and then the head, so that
     * entries and checkpoints committed meanwhile (after the head that was read) are left for the next verification.
     */
    public static Verification verify(AuditLog log, List<CheckpointStore.Stored> stored, PublicKey key, ChainHead recorded) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (CheckpointStore.Stored s : stored) {
            try {
                checkpoints.add(Checkpoint.parse(s.note()));
            } catch (IllegalArgumentException e) {
                return new Verification.Broken(s.seq(), Verification.Problem.BAD_SIGNATURE,
                        "the checkpoint of entry " + s.seq() + " is not a signed note any more: " + e.getMessage());
            }
        }
        checkpoints.sort(Comparator.comparingLong(Checkpoint::seq));
        for (Checkpoint c : checkpoints) {
            Optional<String> problem = c.problemWith(key);
            if (problem.isPresent()) {
                return new Verification.Broken(c.seq(), Verification.Problem.BAD_SIGNATURE,
                        "the checkpoint of entry " + c.seq() + ": " + problem.get());
            }
        }
        Checkpoint newest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        Verification chain;
        try (Stream<AuditEntry> entries = recorded == null ? log.entries() : log.entries(1, recorded.seq())) {
            chain = ChainVerifier.verify(entries::iterator, newest, key);
        }
        if (!chain.ok()) {
            return chain;
        }
        ChainHead end = ((Verification.Verified) chain).head();
        if (recorded != null && recorded.seq() > end.seq()) {
            return new Verification.Broken(end.seq() + 1, Verification.Problem.SEQUENCE, "the chain ends before entry "
                    + (end.seq() + 1) + " but the registry recorded " + recorded.seq() + " entries: entries were removed from its end");
        }
        if (recorded != null && recorded.seq() == end.seq() && !recorded.hash().equals(end.hash())) {
            return new Verification.Broken(end.seq(), Verification.Problem.HASH_MISMATCH, "entry " + end.seq()
                    + " is not the head the registry recorded: the end of the chain was rewritten");
        }
        for (Checkpoint c : checkpoints) {
            if (!c.hash().equals(hashAt(log, c.seq()))) {
                return new Verification.Broken(c.seq(), Verification.Problem.CHECKPOINT_MISMATCH, "entry " + c.seq()
                        + " is not the head that its signed checkpoint names: the chain was rewritten");
            }
        }
        return chain;
    }

    private static String hashAt(AuditLog log, long seq) {
        if (seq == 0) {
            return ChainHead.GENESIS_HASH;
        }
        try (Stream<AuditEntry> one = log.entries(seq, seq)) {
            return one.findFirst().map(AuditEntry::hash).orElse("");
        }
    }
}
