package io.modelcards.registry.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verifies a stored audit chain together with the checkpoints the registry signed of it: the chain from its first
 * entry against the newest checkpoint (so that entries cut from its end are found), then every older checkpoint's
 * signature and head. Names the first bad entry, as {@link ChainVerifier} does.
 */
public final class StoredChainVerifier {
    private StoredChainVerifier() {}

    /** Verifies {@code log} and the {@code stored} checkpoints, all signed by {@code key}. */
    public static Verification verify(AuditLog log, List<CheckpointStore.Stored> stored, PublicKey key) {
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
        Checkpoint newest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        Verification chain = ChainVerifier.verify(log, newest, key);
        if (!chain.ok()) {
            return chain;
        }
        for (Checkpoint c : checkpoints) {
            Optional<String> problem = c.problemWith(key);
            if (problem.isPresent()) {
                return new Verification.Broken(c.seq(), Verification.Problem.BAD_SIGNATURE,
                        "the checkpoint of entry " + c.seq() + ": " + problem.get());
            }
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
