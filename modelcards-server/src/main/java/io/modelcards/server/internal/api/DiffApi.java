package io.modelcards.server.internal.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diff.CardDiff;
import io.modelcards.diff.DiffJson;
import io.modelcards.registry.Registry;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.route.RouteTable;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Diffs of two cards, as the diff JSON of {@code schema/diff-1.0}: two versions of a model, or two revisions by hash. */
final class DiffApi {
    private DiffApi() {
    }

    /** Adds the diff handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("diffVersions", ctx -> {
            String model = ctx.pathParam("model");
            write(ctx, card(registry, model, query(ctx, "from")), card(registry, model, query(ctx, "to")));
        });
        h.put("diffRevisions", ctx -> write(ctx, revision(registry, query(ctx, "from")), revision(registry, query(ctx, "to"))));
    }

    private static void write(Context ctx, ModelCard old, ModelCard now) {
        ctx.contentType(RouteTable.JSON).result(DiffJson.write(CardDiff.of(old, now)).getBytes(StandardCharsets.UTF_8));
    }

    private static ModelCard card(Registry registry, String model, String ref) {
        return registry.catalog().card(model, ref).map(Revision::card).orElseThrow(() -> new ApiException(404, "card/none",
                "model " + model + " has no card for version " + ref + ": name a version that has one"));
    }

    private static ModelCard revision(Registry registry, String text) {
        ContentHash hash;
        try {
            hash = ContentHash.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "request/bad-parameter", "from and to are revision hashes, sha256:<64 hex digits>");
        }
        return registry.catalog().revision(hash).map(Revision::card).orElseThrow(() -> new ApiException(404,
                "catalog/unknown-revision", "there is no revision " + hash));
    }

    private static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new ApiException(400, "request/missing-parameter", "the query parameter " + name + " is required");
        }
        return value;
    }
}
