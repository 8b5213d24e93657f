package io.modelcards.server.internal.api;

import io.javalin.http.Handler;
import io.modelcards.registry.NewComment;
import io.modelcards.registry.Registry;
import io.modelcards.server.json.Wire;
import io.modelcards.server.route.AccessCheck;
import java.util.Map;

/** Reviews and comments of a version. */
final class DiscussionApi {
    private DiscussionApi() {
    }

    /** Adds the reviews and comments handlers to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("listReviews", ctx -> ctx.json(registry.reviews(ctx.pathParam("model"), ctx.pathParam("version")).stream()
                .map(Wire.ReviewJson::of).toList()));
        h.put("listComments", ctx -> ctx.json(registry.comments(ctx.pathParam("model"), ctx.pathParam("version")).stream()
                .map(Wire.CommentJson::of).toList()));
        h.put("addComment", ctx -> {
            CommentBody body = Bodies.json(ctx, CommentBody.class, false);
            NewComment comment = new NewComment(Bodies.required(body.text(), "text"), body.pointer(), body.section(),
                    body.parent());
            ctx.status(201).json(Wire.CommentJson.of(registry.comment(AccessCheck.requireCaller(ctx), ctx.pathParam("model"),
                    ctx.pathParam("version"), comment)));
        });
        h.put("resolveComment", ctx -> ctx.json(Wire.CommentJson.of(registry.resolveComment(AccessCheck.requireCaller(ctx),
                ctx.pathParam("model"), ctx.pathParam("version"), Params.longPath(ctx, "id")))));
    }

    /**
     * The body of addComment.
     *
     * @param text    the comment
     * @param pointer the field it is about (JSON Pointer), if any
     * @param section the section it is about, if any
     * @param parent  the id of the comment it replies to, if any
     */
    record CommentBody(String text, String pointer, String section, Long parent) {}
}
