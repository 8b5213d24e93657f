package io.modelcards.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Handler;
import io.modelcards.server.json.ApiJson;
import io.modelcards.server.openapi.OpenApiDocument;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import java.util.HashMap;
import java.util.Map;

/** The endpoint handlers by operation id: one for every route of {@link RouteTable}. */
public final class Handlers {
    private Handlers() {
    }

    /** The handlers working on {@code backend}, writing JSON with {@code json}. */
    public static Map<String, Handler> of(Backend backend, ObjectMapper json) {
        Map<String, Handler> h = new HashMap<>();
        byte[] openapi = openApiBytes(json);
        h.put("openapi", ctx -> ctx.contentType(RouteTable.JSON).result(openapi));
        h.put("health", ctx -> ctx.json(Map.of("status", "ok")));
        UsersApi.register(h, backend);
        for (Route r : RouteTable.routes()) {
            h.putIfAbsent(r.operationId(), ctx -> {
                throw new ApiException(501, "server/not-implemented", "this endpoint is not available yet");
            });
        }
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
