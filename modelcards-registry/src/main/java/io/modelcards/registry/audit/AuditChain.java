package io.modelcards.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Makes the next link of the audit chain: the event after a given head, timed by the injected clock, and its hash
 * {@code SHA-256(prev || canonical event bytes)}, where {@code prev} is the previous entry's hash as its 32 raw bytes
 * (32 zero bytes before the first entry) and the event bytes are {@link AuditJson#canonical}. Since the event holds
 * its own seq, reordering or renumbering entries changes their hashes too.
 */
public final class AuditChain {
    private static final HexFormat HEX = HexFormat.of();

    private final Clock clock;

    /** A chain maker whose events are timed by {@code clock}. */
    public AuditChain(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The entry that follows {@code head}: {@code draft} at seq {@code head.seq() + 1}, now. */
    public AuditEntry next(ChainHead head, AuditEvent.Draft draft) {
        return link(head.hash(), draft.toEvent(head.seq() + 1, clock.instant()));
    }

    /**
     * The entry that follows {@code head}, as {@link #next} makes it, with the event's canonical JSON text that its hash
     * covers: what a store writes as the row's {@code event_json}, computed once.
     */
    public Link nextLink(ChainHead head, AuditEvent.Draft draft) {
        AuditEvent event = draft.toEvent(head.seq() + 1, clock.instant());
        byte[] canonical = AuditJson.canonical(event);
        return new Link(new AuditEntry(event, head.hash(), hash(head.hash(), canonical)),
                new String(canonical, StandardCharsets.UTF_8));
    }

    /**
     * A new entry with its event's JSON.
     *
     * @param entry     the entry
     * @param eventJson {@link AuditEntry#eventJson()}, already computed
     */
    public record Link(AuditEntry entry, String eventJson) {}

    /** The entry holding {@code event} after the entry whose hash is {@code prevHash}. */
    public static AuditEntry link(String prevHash, AuditEvent event) {
        return new AuditEntry(event, prevHash, hash(prevHash, event));
    }

    /** {@code SHA-256(prevHash as 32 bytes || canonical bytes of event)} as 64 lowercase hexadecimal digits. */
    public static String hash(String prevHash, AuditEvent event) {
        return hash(prevHash, AuditJson.canonical(event));
    }

    private static String hash(String prevHash, byte[] canonicalEvent) {
        ChainHead.requireHash(prevHash, "the previous hash");
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(prevHash));
        sha.update(canonicalEvent);
        return HEX.formatHex(sha.digest());
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
