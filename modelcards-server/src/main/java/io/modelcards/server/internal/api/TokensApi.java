package io.modelcards.server.internal.api;

import io.javalin.http.Handler;
import io.modelcards.registry.Registry;
import io.modelcards.registry.auth.TokenInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's tokens as an admin sees them: ids and dates only, since only hashes are kept. */
final class TokensApi {
    private TokensApi() {
    }

    /** Adds the token listing handler to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("listTokens", ctx -> {
            List<Map<String, Object>> items = registry.tokens().list(ctx.pathParam("name")).stream().map(TokensApi::json).toList();
            ctx.json(Map.of("items", items));
        });
    }

    private static Map<String, Object> json(TokenInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("user", t.user());
        m.put("created_at", text(t.createdAt()));
        m.put("expires_at", text(t.expiresAt()));
        m.put("revoked_at", text(t.revokedAt()));
        return m;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
