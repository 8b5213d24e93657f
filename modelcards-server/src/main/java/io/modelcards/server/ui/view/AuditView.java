package io.modelcards.server.ui.view;

import java.util.List;

/**
 * The audit page: a page of the event log, newest first, with its filters; the chain's last verification; the latest
 * signed checkpoint and the fingerprint of the key that verifies it.
 *
 * @param chrome       the layout's data
 * @param model        the model filter, or empty
 * @param actor        the actor filter, or empty
 * @param actions      the action filter's choices (the first: any action)
 * @param entries      the entries shown, newest first
 * @param scanned      a sentence on how far back this page looked, or null when it reached the chain's start or filled up
 * @param nextPage     the URL of older entries, or null at the chain's start
 * @param verification the chain's last verification
 * @param checkpoint   the latest signed checkpoint, or null when none was signed yet
 * @param fingerprint  the SHA-256 fingerprint of the public key that verifies the checkpoints
 * @param mayVerify    whether the visitor may verify the chain now (admins)
 */
public record AuditView(Chrome chrome, String model, String actor, List<Option> actions, List<Row> entries, String scanned,
                        String nextPage, Check verification, Signed checkpoint, String fingerprint, boolean mayVerify) {
    /** Copies the lists. */
    public AuditView {
        actions = List.copyOf(actions);
        entries = List.copyOf(entries);
    }

    /**
     * One audit entry.
     *
     * @param seq      its place in the chain
     * @param at       when (RFC 3339, UTC)
     * @param actor    who
     * @param action   what ({@code card.submitted})
     * @param subject  what it was done to ({@code sentiment 1.0.0}), or empty
     * @param href     the subject's card page, or null
     * @param revision the revision's content hash, or empty
     * @param from     the state before, or empty
     * @param to       the state after, or empty
     * @param details  the entry's other facts as {@code key: value} pairs, or empty
     * @param hash     the entry's chain hash
     */
    public record Row(long seq, String at, String actor, String action, String subject, String href, String revision,
                      String from, String to, String details, String hash) {
        /** The hash's first 12 digits, for the table; the whole hash is its title. */
        public String shortHash() {
            return hash.length() > 12 ? hash.substring(0, 12) : hash;
        }

        /** The revision's hash cut to its algorithm and first 12 digits, for the table; the whole hash is its title. */
        public String shortRevision() {
            return revision.length() > 19 ? revision.substring(0, 19) : revision;
        }
    }

    /**
     * The chain's last verification.
     *
     * @param state   {@code verified}, {@code broken} or {@code unknown} (not verified since the server started)
     * @param message what it found, in words
     * @param at      when it ran (RFC 3339, UTC), or null
     */
    public record Check(String state, String message, String at) {}

    /**
     * A signed checkpoint of the chain's head.
     *
     * @param seq       the entry it signs the chain up to
     * @param hash      the head hash at that entry
     * @param keyName   the signing key's name
     * @param signature the signature (base64)
     * @param at        when that entry was written (RFC 3339, UTC), or empty
     */
    public record Signed(long seq, String hash, String keyName, String signature, String at) {}
}
