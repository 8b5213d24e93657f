package io.modelcards.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditFormatException;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.registry.audit.ChainVerifier;
import io.modelcards.registry.audit.Checkpoint;
import io.modelcards.registry.audit.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Verifies a registry's audit chain from its API, on this machine: the entries are fetched page by page and
 * recomputed here, so a server that lies about its chain is caught as surely as a tampered database.
 */
public final class RemoteAudit {
    private static final int PAGE = 500;

    private RemoteAudit() {}

    /**
     * Verifies every entry the server lists and, when given, that {@code trusted} is on the chain, signed by
     * {@code key} (or, when {@code key} is null, by the key the server names).
     */
    public static Verification verify(RegistryClient client, Checkpoint trusted, PublicKey key) {
        PublicKey k = key;
        if (trusted != null && k == null) {
            k = serverKey(client);
        }
        Iterable<AuditEntry> entries = () -> new Pages(client);
        return ChainVerifier.verify(entries, trusted, k);
    }

    private static PublicKey serverKey(RegistryClient client) {
        String pem = client.get("/api/v1/audit/key", "application/x-pem-file").body();
        try {
            Path tmp = Files.createTempFile("modelcards-audit", ".pub");
            try {
                Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
                return AuditKeys.readPublic(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the registry's public key: " + e.getMessage(), e);
        }
    }

    /** The entries, fetched {@value #PAGE} at a time as they are read. */
    private static final class Pages implements Iterator<AuditEntry> {
        private final RegistryClient client;
        private final Deque<JsonNode> buffer = new ArrayDeque<>();
        private long next = 1;
        private boolean done;

        Pages(RegistryClient client) {
            this.client = client;
        }

        @Override
        public boolean hasNext() {
            if (buffer.isEmpty() && !done) {
                JsonNode page = client.getJson("/api/v1/audit?from=" + next + "&limit=" + PAGE);
                page.path("items").forEach(buffer::add);
                done = buffer.size() < PAGE;
                if (!buffer.isEmpty()) {
                    // From the last seq listed, not by counting: a chain with a missing entry must not be re-read.
                    next = buffer.getLast().path("seq").asLong() + 1;
                }
            }
            return !buffer.isEmpty();
        }

        @Override
        public AuditEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode e = buffer.removeFirst();
            long seq = e.path("seq").asLong();
            try {
                return AuditEntry.fromRow(seq, e.path("event_json").asText(), e.path("prev_hash").asText(null),
                        e.path("hash").asText());
            } catch (IllegalArgumentException ex) {
                throw new AuditFormatException(seq, ex.getMessage());
            }
        }
    }
}
