package io.modelcards.server.internal.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.modelcards.registry.Moved;
import io.modelcards.registry.Registry;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.review.Decision;
import io.modelcards.server.json.Wire;
import io.modelcards.server.route.AccessCheck;
import java.util.Map;

/** Workflow moves: submit, publish, deprecate, archive, and the review decisions approve and request-changes. */
final class WorkflowApi {
    private WorkflowApi() {
    }

    /** Adds the workflow handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("submit", ctx -> reply(ctx, registry.submit(caller(ctx), model(ctx), version(ctx), Tags.ifMatch(ctx))));
        h.put("publish", ctx -> reply(ctx, registry.publish(caller(ctx), model(ctx), version(ctx), Tags.ifMatch(ctx))));
        h.put("deprecate", ctx -> reply(ctx, registry.deprecate(caller(ctx), model(ctx), version(ctx), Tags.ifMatch(ctx))));
        h.put("archive", ctx -> reply(ctx, registry.archive(caller(ctx), model(ctx), version(ctx), Tags.ifMatch(ctx))));
        h.put("approve", ctx -> review(ctx, registry, Decision.APPROVE));
        h.put("requestChanges", ctx -> review(ctx, registry, Decision.REQUEST_CHANGES));
    }

    private static void review(Context ctx, Registry registry, Decision decision) {
        ReviewBody body = Bodies.json(ctx, ReviewBody.class, true);
        reply(ctx, registry.review(caller(ctx), model(ctx), version(ctx), decision, body.comment(), body.role(),
                Tags.ifMatch(ctx)));
    }

    private static void reply(Context ctx, Moved moved) {
        Tags.etag(ctx, moved.version().currentRevision());
        ctx.json(Wire.MovedJson.of(moved));
    }

    private static User caller(Context ctx) {
        return AccessCheck.requireCaller(ctx);
    }

    private static String model(Context ctx) {
        return ctx.pathParam("model");
    }

    private static String version(Context ctx) {
        return ctx.pathParam("version");
    }

    /**
     * The body of a review decision (may be empty for an approval).
     *
     * @param comment what the reviewer says; required for a change request
     * @param role    the review role decided in, if the policy has roles
     */
    record ReviewBody(String comment, String role) {}
}
