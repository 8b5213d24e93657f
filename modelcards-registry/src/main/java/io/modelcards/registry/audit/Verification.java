package io.modelcards.registry.audit;

/** The outcome of verifying an audit chain: intact up to its head, or broken at a named entry for a named reason. */
public sealed interface Verification {
    /** Whether the chain verified. */
    boolean ok();

    /** Why a chain is broken. */
    enum Problem {
        /** The entry's stored hash is not the hash of its event after the previous entry: the entry was edited. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the previous entry's hash: an entry was removed, inserted or edited. */
        PREV_MISMATCH,
        /** The entry's seq is not the next one: an entry is missing, or entries were reordered or repeated. */
        SEQUENCE,
        /** The stored entry cannot be read as an audit event. */
        UNREADABLE,
        /** The trusted checkpoint's head is not on the chain: the chain was rewritten or cut short. */
        CHECKPOINT_MISMATCH,
        /** The trusted checkpoint's signature is not the trusted key's over its text. */
        BAD_SIGNATURE
    }

    /**
     * The chain verified.
     *
     * @param head  its head (the genesis head when it is empty)
     * @param count how many entries were checked
     */
    record Verified(ChainHead head, long count) implements Verification {
        @Override
        public boolean ok() {
            return true;
        }
    }

    /**
     * The chain is broken; entries after the first bad one are not checked.
     *
     * @param seq     the seq of the first bad entry (for a checkpoint problem, the checkpoint's seq or the first missing one)
     * @param problem what kind of break it is
     * @param message a sentence for users naming the entry and what is wrong
     */
    record Broken(long seq, Problem problem, String message) implements Verification {
        @Override
        public boolean ok() {
            return false;
        }
    }
}
