package io.modelcards.server.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Handler;
import io.modelcards.registry.Registry;
import io.modelcards.registry.audit.AuditEntry;
import io.modelcards.registry.audit.AuditKeys;
import io.modelcards.server.json.Wire;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.AccessCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The audit log (a page of entries from a sequence number) and its signed checkpoints. */
final class AuditApi {
    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = 5_000;

    private AuditApi() {
    }

    /** Adds the audit handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry, ObjectMapper json) {
        h.put("listAudit", ctx -> {
            long from = Params.longQuery(ctx, "from", 1);
            int limit = Params.intQuery(ctx, "limit", DEFAULT_LIMIT);
            if (from < 1 || limit < 1 || limit > MAX_LIMIT) {
                throw new ApiException(400, "request/bad-parameter", "from must be at least 1 and limit 1.." + MAX_LIMIT);
            }
            List<Wire.AuditEntryJson> entries;
            try (Stream<AuditEntry> s = registry.audit(from, from + limit - 1)) {
                entries = s.map(e -> Wire.AuditEntryJson.of(e, parse(json, e.eventJson()))).toList();
            }
            ctx.json(new AuditPage(entries, entries.size() == limit ? from + limit : null));
        });
        h.put("auditKey", ctx -> ctx.contentType("application/x-pem-file").result(AuditKeys.publicPem(registry.publicKey())));
        h.put("listCheckpoints", ctx -> ctx.json(registry.checkpoints().stream().map(Wire.CheckpointJson::of).toList()));
        h.put("createCheckpoint", ctx -> ctx.status(201).json(Wire.CheckpointJson.of(
                registry.checkpoint(AccessCheck.requireCaller(ctx)))));
    }

    private static JsonNode parse(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page of the audit log.
     *
     * @param items    the entries, in sequence order
     * @param nextFrom the {@code from} of the next page, absent on the last
     */
    record AuditPage(List<Wire.AuditEntryJson> items, Long nextFrom) {}
}
