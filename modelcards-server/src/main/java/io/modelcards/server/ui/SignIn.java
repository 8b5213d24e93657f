package io.modelcards.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.modelcards.registry.auth.User;
import io.modelcards.server.ui.view.SignInView;
import java.util.Optional;

/**
 * Signing in and out: a token, checked by the registry, opens a session whose id goes to the browser in an HttpOnly,
 * SameSite=Strict cookie; the token itself never leaves the server again.
 */
final class SignIn {
    private final Ui ui;

    SignIn(Ui ui) {
        this.ui = ui;
    }

    /** The sign-in form. */
    void form(Context ctx) {
        ui.render(ctx, 200, "signin.jte", new SignInView(ui.chrome(ui.visitor(ctx)), null));
    }

    /**
     * Signs in with the posted token: a new session (any old one of this browser is closed), then the models list. The
     * form has no session to take a CSRF token from, so only its origin is checked.
     */
    void signIn(Context ctx) {
        Csrf.siteRefusal(ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), Ui.ownOrigin(ctx)).ifPresent(r -> {
            throw new UiRefusal(403, r);
        });
        String token = ctx.formParam("token");
        Optional<User> user = ui.registry().authenticate(token == null ? null : token.strip());
        if (user.isEmpty()) {
            ui.render(ctx, 401, "signin.jte", new SignInView(ui.chrome(Visitor.ANONYMOUS),
                    "That token is unknown, revoked or expired: check it, or ask an admin for a new one."));
            return;
        }
        ui.sessions().close(ctx.cookie(Ui.COOKIE));
        Sessions.Opened opened = ui.sessions().open(token.strip());
        ctx.header("Set-Cookie", Ui.COOKIE + "=" + opened.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + "; Max-Age=" + Sessions.LIFETIME.toSeconds() + secure(ctx));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Signs out: the session ends on the server and the cookie is cleared. */
    void signOut(Context ctx) {
        ui.poster(ctx);
        ui.sessions().close(ctx.cookie(Ui.COOKIE));
        ctx.header("Set-Cookie", Ui.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + secure(ctx));
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
    }

    private static String secure(Context ctx) {
        return "https".equals(ctx.scheme()) ? "; Secure" : "";
    }
}
