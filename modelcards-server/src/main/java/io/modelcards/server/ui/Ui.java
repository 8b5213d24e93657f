package io.modelcards.server.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.modelcards.registry.Registry;
import io.modelcards.registry.auth.User;
import io.modelcards.registry.workflow.State;
import io.modelcards.server.ui.view.Chrome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What every UI handler shares: the registry, the sessions, the templates, and the steps each request takes (find the
 * visitor, demand a reader, check a form's CSRF token, render a page).
 */
final class Ui {
    /** The session cookie's name. */
    static final String COOKIE = "mc_session";

    private final Registry registry;
    private final Sessions sessions;
    private final Assets assets;
    private final boolean anonymousRead;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    Ui(Registry registry, Sessions sessions, Assets assets, boolean anonymousRead) {
        this.registry = registry;
        this.sessions = sessions;
        this.assets = assets;
        this.anonymousRead = anonymousRead;
    }

    Registry registry() {
        return registry;
    }

    Sessions sessions() {
        return sessions;
    }

    /**
     * The visitor of {@code ctx}: the session its cookie names, re-authenticated through the registry on every request,
     * so that a revoked or expired token ends the session at once (it is closed then).
     */
    Visitor visitor(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Optional<Session> session = sessions.find(id);
        if (session.isEmpty()) {
            return Visitor.ANONYMOUS;
        }
        Optional<User> user = registry.authenticate(session.get().token());
        if (user.isEmpty()) {
            sessions.close(id);
            return Visitor.ANONYMOUS;
        }
        return new Visitor(user.get(), session.get());
    }

    /**
     * The visitor of a page that reads the registry: signed in, or anonymous when the registry allows anonymous reads
     * (then only published and deprecated versions are shown); otherwise the answer is a redirect to the sign-in page.
     */
    Optional<Visitor> reader(Context ctx) {
        Visitor v = visitor(ctx);
        if (v.signedIn() || anonymousRead) {
            return Optional.of(v);
        }
        ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
        return Optional.empty();
    }

    /** Whether {@code visitor} may see a version in {@code state}: anyone signed in, or anonymously a published card. */
    static boolean shows(Visitor visitor, State state) {
        return visitor.signedIn() || state == State.PUBLISHED || state == State.DEPRECATED;
    }

    /**
     * The signed-in visitor of a form post, after the CSRF check: the session's token must come back and the browser
     * must say the post comes from this site. Refused with 403 otherwise, before anything changes.
     */
    Visitor poster(Context ctx) {
        Visitor v = visitor(ctx);
        String presented = ctx.formParam(Csrf.FIELD);
        if (presented == null) {
            presented = ctx.header(Csrf.HEADER);
        }
        Optional<String> refusal = Csrf.refusal(v.session() == null ? null : v.session().csrf(), presented,
                ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), ownOrigin(ctx));
        if (refusal.isPresent()) {
            throw new UiRefusal(403, refusal.get());
        }
        return v;
    }

    /** This server's origin as the request reached it. */
    static String ownOrigin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    /** The layout's data for {@code visitor}. */
    Chrome chrome(Visitor visitor) {
        if (!visitor.signedIn()) {
            return new Chrome(null, null, null, assets.cssUrl());
        }
        return new Chrome(visitor.user().name(), visitor.user().role().id(), visitor.session().csrf(), assets.cssUrl());
    }

    /** Renders {@code template} with {@code view} as the HTML answer of {@code ctx}, with {@code status}. */
    void render(Context ctx, int status, String template, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, view, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A path segment: {@code name} percent-encoded. */
    static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter's value, percent-encoded. */
    static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A state's id, or empty text. */
    static String id(State s) {
        return s == null ? "" : s.id();
    }

    /** An enum constant's name in lower case. */
    static String lower(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
    }
}
