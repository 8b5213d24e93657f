package io.modelcards.server.internal.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryException;
import io.modelcards.registry.VersionView;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.catalog.CatalogException;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.json.Wire;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.AccessCheck;
import java.util.Map;
import java.util.function.Supplier;

/** Models and versions: listings, creation, and the version view (with {@code latest} / {@code latest-published}). */
final class ModelsApi {
    private static final int DEFAULT_LIMIT = 50;

    private ModelsApi() {
    }

    /** Adds the models and versions handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("listModels", ctx -> ctx.json(Wire.PageJson.of(catalog(() -> registry.catalog().models(ctx.queryParam("cursor"),
                limit(ctx))), Wire.ModelJson::of)));
        h.put("createModel", ctx -> {
            NewModel body = Bodies.json(ctx, NewModel.class, false);
            String name = Bodies.required(body.name(), "name");
            ctx.status(201).json(Wire.ModelJson.of(registry.createModel(AccessCheck.requireCaller(ctx), name)));
        });
        h.put("getModel", ctx -> ctx.json(Wire.ModelJson.of(registry.catalog().model(ctx.pathParam("model"))
                .orElseThrow(() -> unknownModel(ctx.pathParam("model"))))));
        h.put("listVersions", ctx -> {
            String model = ctx.pathParam("model");
            registry.catalog().model(model).orElseThrow(() -> unknownModel(model));
            ctx.json(Wire.PageJson.of(catalog(() -> registry.catalog().versions(model, ctx.queryParam("cursor"), limit(ctx))),
                    Wire.VersionJson::of));
        });
        h.put("createVersion", ctx -> {
            NewVersion body = Bodies.json(ctx, NewVersion.class, false);
            String version = Bodies.required(body.version(), "version");
            ctx.status(201).json(Wire.VersionJson.of(registry.createVersion(AccessCheck.requireCaller(ctx),
                    ctx.pathParam("model"), version)));
        });
        h.put("getVersion", ctx -> {
            VersionView view = readable(ctx, registry);
            Tags.etag(ctx, view.entry().currentRevision());
            ctx.json(Wire.VersionViewJson.of(view));
        });
    }

    /**
     * The view of the request's model and version, refused for an anonymous caller unless the version is published or
     * deprecated (anonymous reads, where the server allows them, see only those).
     */
    static VersionView readable(Context ctx, Registry registry) {
        VersionView view = registry.view(ctx.pathParam("model"), ctx.pathParam("version"));
        anonymousMayRead(ctx, view.entry().state());
        return view;
    }

    /**
     * The request's model and version as {@link Registry#version} answers it (from memory while nothing changed),
     * refused for an anonymous caller as {@link #readable} refuses it.
     */
    static VersionEntry readableEntry(Context ctx, Registry registry) {
        VersionEntry entry = registry.version(ctx.pathParam("model"), ctx.pathParam("version"));
        anonymousMayRead(ctx, entry.state());
        return entry;
    }

    private static void anonymousMayRead(Context ctx, State state) {
        if (AccessCheck.caller(ctx).isEmpty() && state != State.PUBLISHED && state != State.DEPRECATED) {
            throw new ApiException(401, "auth/token-required",
                    "only published cards can be read without a token: send Authorization: Bearer <token>");
        }
    }

    private static int limit(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > Catalog.MAX_PAGE) {
            throw new ApiException(400, "request/bad-parameter", "limit must be 1.." + Catalog.MAX_PAGE + ", not " + limit);
        }
        return limit;
    }

    private static <T> T catalog(Supplier<T> read) {
        try {
            return read.get();
        } catch (CatalogException e) {
            throw RegistryException.of(e);
        }
    }

    private static ApiException unknownModel(String model) {
        return new ApiException(404, "catalog/unknown-model", "there is no model " + model + ": list the models to find it");
    }

    /**
     * The body of createModel.
     *
     * @param name the model's name
     */
    record NewModel(String name) {}

    /**
     * The body of createVersion.
     *
     * @param version the version's name
     */
    record NewVersion(String version) {}
}
