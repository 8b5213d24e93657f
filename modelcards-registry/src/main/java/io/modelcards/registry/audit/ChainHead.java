package io.modelcards.registry.audit;

import java.util.regex.Pattern;

/**
 * The head of an audit chain: the seq of its last entry (its length, since seqs start at 1) and that entry's hash.
 * The empty chain's head is {@link #GENESIS}.
 *
 * @param seq  the last entry's seq, 0 for the empty chain
 * @param hash the last entry's hash, 64 lowercase hexadecimal digits
 */
public record ChainHead(long seq, String hash) {
    // First, since GENESIS below is checked against it while the class initializes.
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** The hash that the first entry follows: 32 zero bytes. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** The head of the empty chain. */
    public static final ChainHead GENESIS = new ChainHead(0, GENESIS_HASH);

    /** Checks that the seq is not negative and the hash is 64 lowercase hexadecimal digits. */
    public ChainHead {
        if (seq < 0) {
            throw new IllegalArgumentException("a chain's head seq is 0 or more, not " + seq);
        }
        requireHash(hash, "a chain's head hash");
    }

    /** Checks that {@code hash} is 64 lowercase hexadecimal digits; {@code what} names it in the message. */
    static void requireHash(String hash, String what) {
        if (hash == null || !HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException(what + " is 64 lowercase hexadecimal digits, not '" + hash + "'");
        }
    }
}
