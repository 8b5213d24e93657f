package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.NewComment;
import io.modelcards.registry.Registry;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.review.Decision;
import java.util.List;

/**
 * The review panel's forms: approve, request changes, comment (on the card, a field or a section), reply and resolve.
 * Each post passes the CSRF check, then calls the registry as the signed-in user, so the registry's own checks decide
 * (a viewer's forged post is refused there with 403, a change request without a comment with its message); nothing
 * changes when a post is refused.
 */
final class ReviewPages {
    /** The actions this class answers under {@code /models/{model}/versions/{version}/ui/{action}}. */
    static final List<String> ACTIONS = List.of("approve", "request-changes", "comment", "reply", "resolve");

    private final Ui ui;

    ReviewPages(Ui ui) {
        this.ui = ui;
    }

    /** Whether {@code action} is one of the review panel's forms. */
    static boolean handles(String action) {
        return ACTIONS.contains(action);
    }

    /** Answers {@code POST /models/{model}/versions/{version}/ui/{action}} for the review actions, then the card page. */
    void post(Context ctx) {
        Visitor visitor = ui.poster(ctx);
        if (!visitor.signedIn()) {
            throw new UiRefusal(403, "sign in first");
        }
        String model = ctx.pathParam("model");
        String version = ctx.pathParam("version");
        User user = visitor.user();
        Registry registry = ui.registry();
        String fragment = "#review";
        switch (ctx.pathParam("action")) {
            case "approve" -> registry.review(user, model, version, Decision.APPROVE, given(ctx, "comment"), given(ctx, "role"),
                    ifMatch(ctx));
            case "request-changes" -> registry.review(user, model, version, Decision.REQUEST_CHANGES, given(ctx, "comment"),
                    given(ctx, "role"), ifMatch(ctx));
            case "comment" -> fragment = "#comment-" + registry.comment(user, model, version, new NewComment(
                    ctx.formParam("text"), given(ctx, "pointer"), given(ctx, "section"), null)).id();
            case "reply" -> fragment = "#comment-" + registry.comment(user, model, version, new NewComment(
                    ctx.formParam("text"), null, null, id(ctx, "parent"))).id();
            case "resolve" -> fragment = "#comment-" + registry.resolveComment(user, model, version, id(ctx, "comment")).id();
            default -> throw new UiRefusal(404, "there is no such action: use the forms on the card page");
        }
        ctx.redirect("/models/" + Ui.segment(model) + "/versions/" + Ui.segment(version) + fragment, HttpStatus.SEE_OTHER);
    }

    /** The form field {@code name} stripped, or null when it is absent or blank. */
    private static String given(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ContentHash ifMatch(Context ctx) {
        String revision = given(ctx, "revision");
        return revision == null ? null : ModelPages.revision(revision);
    }

    private static long id(Context ctx, String name) {
        try {
            return Long.parseLong(String.valueOf(ctx.formParam(name)).strip());
        } catch (NumberFormatException e) {
            throw new UiRefusal(400, "the form names no comment: reload the card page and try again");
        }
    }
}
