package io.modelcards.server.internal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Handler;
import io.modelcards.registry.Registry;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.json.ApiJson;
import io.modelcards.server.internal.openapi.OpenApiDocument;
import io.modelcards.server.route.RouteTable;
import java.util.HashMap;
import java.util.Map;

/** The endpoint handlers by operation id: one for every route of {@link RouteTable}. */
public final class Handlers {
    /** How many renderings the card cache keeps: a few hundred cards in three formats, a few MiB. */
    public static final int CACHED_RENDERINGS = 1_024;

    private Handlers() {
    }

    /** The handlers working on {@code registry}, writing JSON with {@code json}, rendering cards through {@code rendered}. */
    public static Map<String, Handler> of(Registry registry, ObjectMapper json, RenderedCards rendered) {
        Map<String, Handler> h = new HashMap<>();
        byte[] openapi = openApiBytes(json);
        h.put("openapi", ctx -> ctx.contentType(RouteTable.JSON).result(openapi));
        h.put("health", ctx -> ctx.json(Map.of("status", "ok")));
        ModelsApi.register(h, registry);
        CardsApi.register(h, registry, rendered);
        WorkflowApi.register(h, registry);
        DiscussionApi.register(h, registry);
        DiffApi.register(h, registry);
        SearchApi.register(h, registry);
        GateApi.register(h, registry);
        TokensApi.register(h, registry);
        AuditApi.register(h, registry, json);
        UsersApi.register(h, registry);
        return Map.copyOf(h);
    }

    private static byte[] openApiBytes(ObjectMapper json) {
        try {
            String version = Handlers.class.getPackage().getImplementationVersion();
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    OpenApiDocument.of(RouteTable.routes(), version == null ? "dev" : version, ApiJson.mapper()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}
