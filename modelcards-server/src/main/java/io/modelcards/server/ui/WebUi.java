package io.modelcards.server.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryException;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.problem.ErrorMapper;
import io.modelcards.server.problem.SecurityHeaders;
import io.modelcards.server.ui.view.ErrorView;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The web UI's routes, registered beside the REST API: sign in and out, the models list, a model's page, a version's
 * card page with its downloads and review panel (its forms), the compare page and the audit page. Every UI response
 * carries the UI's content security policy ({@link SecurityHeaders#forUi}); refusals are HTML pages, never problem JSON.
 */
public final class WebUi {
    /** The paths of the UI's pages and forms, as {@code METHOD path}: for the tests that visit every one. */
    public static final List<String> ROUTES = List.of("GET /", "GET /sign-in", "POST /sign-in", "POST /sign-out",
            "GET /models/{model}", "GET /models/{model}/versions/{version}",
            "POST /models/{model}/versions/{version}/ui/{action}", "GET " + CardDownloads.PATH, "GET " + ComparePage.PATH,
            "GET /audit", "POST /audit/verify", "GET " + Assets.CSS_PATH);

    /** The role UI routes carry, so that the API's access check and route listing tell them from the API's. */
    public enum UiRoute implements RouteRole {
        /** A page, form or asset of the web UI. */
        PAGE
    }

    private WebUi() {
    }

    /**
     * Adds the UI's routes to {@code cfg}: pages read {@code registry} as the signed-in user (sessions live in memory),
     * cards are rendered through {@code rendered}; with {@code anonymousRead}, published cards are shown signed out.
     */
    public static void register(JavalinConfig cfg, Registry registry, RenderedCards rendered, boolean anonymousRead) {
        Assets assets = new Assets();
        Ui ui = new Ui(registry, new Sessions(Clock.systemUTC()), assets, anonymousRead);
        SignIn signIn = new SignIn(ui);
        ModelsPage models = new ModelsPage(ui);
        ModelPages pages = new ModelPages(ui, rendered);
        CardDownloads downloads = new CardDownloads(ui, rendered);
        ComparePage compare = new ComparePage(ui, rendered);
        ReviewPages reviews = new ReviewPages(ui);
        AuditPage audit = new AuditPage(ui, Clock.systemUTC());
        add(cfg, ui, HandlerType.GET, "/", models::show);
        add(cfg, ui, HandlerType.GET, "/sign-in", signIn::form);
        add(cfg, ui, HandlerType.POST, "/sign-in", signIn::signIn);
        add(cfg, ui, HandlerType.POST, "/sign-out", signIn::signOut);
        add(cfg, ui, HandlerType.GET, "/models/{model}", pages::model);
        add(cfg, ui, HandlerType.GET, "/models/{model}/versions/{version}", pages::version);
        add(cfg, ui, HandlerType.POST, "/models/{model}/versions/{version}/ui/{action}",
                ctx -> (ReviewPages.handles(ctx.pathParam("action")) ? (Handler) reviews::post : (Handler) pages::move).handle(ctx));
        add(cfg, ui, HandlerType.GET, "/audit", audit::show);
        add(cfg, ui, HandlerType.POST, "/audit/verify", audit::verifyNow);
        add(cfg, ui, HandlerType.GET, CardDownloads.PATH, downloads::download);
        add(cfg, ui, HandlerType.GET, ComparePage.PATH, compare::show);
        cfg.routes.addHttpHandler(HandlerType.GET, Assets.CSS_PATH, ctx -> {
            SecurityHeaders.forUi(ctx);
            assets.css(ctx);
        }, UiRoute.PAGE);
    }

    private static void add(JavalinConfig cfg, Ui ui, HandlerType method, String path, Handler handler) {
        cfg.routes.addHttpHandler(method, path, ctx -> guarded(ctx, ui, handler), UiRoute.PAGE);
    }

    /** Runs {@code handler}, answering a refusal with an error page that says what to do. */
    private static void guarded(Context ctx, Ui ui, Handler handler) throws Exception {
        SecurityHeaders.forUi(ctx);
        try {
            handler.handle(ctx);
        } catch (UiRefusal e) {
            error(ctx, ui, e.status(), e.getMessage());
        } catch (RegistryException e) {
            error(ctx, ui, ErrorMapper.status(e.kind()), e.problems().stream().map(Diagnostic::message).collect(Collectors.joining("; ")));
        }
    }

    private static void error(Context ctx, Ui ui, int status, String message) {
        ui.render(ctx, status, "error.jte", new ErrorView(ui.chrome(ui.visitor(ctx)), status, title(status), message));
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409, 412 -> "Not possible now";
            default -> "Could not do that";
        };
    }
}
