package io.modelcards.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.security.Roles;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryConfig;
import io.modelcards.registry.review.ApprovalPolicy;
import io.modelcards.server.internal.api.Handlers;
import io.modelcards.server.internal.card.CardFastLane;
import io.modelcards.server.internal.card.RenderedCards;
import io.modelcards.server.json.ApiJson;
import io.modelcards.server.problem.ErrorMapper;
import io.modelcards.server.problem.SecurityHeaders;
import io.modelcards.server.route.AccessCheck;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import io.modelcards.server.ui.WebUi;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A running registry server: the REST API of {@link RouteTable} over Javalin, on the registry that {@link ServerConfig}
 * names. Start it with {@link #start(ServerConfig)}; close it to stop listening and release the database.
 */
public final class RegistryServer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(RegistryServer.class.getName());

    private final Javalin app;
    private final Registry registry;
    private final String host;
    private final Path adminTokenFile;
    private final CardFastLane lane;

    private RegistryServer(Javalin app, Registry registry, String host, Path adminTokenFile, CardFastLane lane) {
        this.app = app;
        this.lane = lane;
        this.registry = registry;
        this.host = host;
        this.adminTokenFile = adminTokenFile;
    }

    /**
     * Opens the registry, creates the first admin on a registry without users (see {@link #adminTokenFile()}), and
     * starts listening on {@code config.host()}:{@code config.port()}. Failing to bind closes the registry again.
     */
    public static RegistryServer start(ServerConfig config) {
        Registry registry = Registry.open(registryConfig(config));
        try {
            Optional<Path> tokenFile = FirstStart.ensureAdmin(registry, config.home());
            tokenFile.ifPresent(f -> LOG.log(Level.INFO, "first start: the admin token is in " + f));
            RenderedCards rendered = new RenderedCards(Handlers.CACHED_RENDERINGS);
            Map<String, Handler> handlers = Handlers.of(registry, ApiJson.mapper(), rendered);
            AccessCheck access = new AccessCheck(registry::authenticate, config.anonymousRead());
            CardFastLane lane = new CardFastLane(registry, rendered, access);
            Javalin app = Javalin.create(cfg -> {
                configure(cfg, config, access, handlers);
                WebUi.register(cfg, registry, rendered, config.anonymousRead());
                // Javalin puts its own handler inside the innermost wrapper it finds on the server: this lane is in front.
                cfg.jetty.modifyServer(server -> server.setHandler(lane));
            });
            app.start(config.host(), config.port());
            return new RegistryServer(app, registry, config.host(), tokenFile.orElse(null), lane);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    private static void configure(JavalinConfig cfg, ServerConfig config, AccessCheck access, Map<String, Handler> handlers) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
        ErrorMapper errors = new ErrorMapper(ApiJson.mapper());
        cfg.routes.before(SecurityHeaders::apply);
        cfg.routes.beforeMatched(access);
        cfg.routes.exception(HttpResponseException.class, errors::handle);
        cfg.routes.exception(Exception.class, errors::handle);
        for (Route route : RouteTable.routes()) {
            Handler handler = handlers.get(route.operationId());
            if (handler == null) {
                throw new IllegalStateException("no handler for route " + route.key());
            }
            cfg.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler, route);
        }
    }

    /** The registry configuration the server configuration describes. */
    static RegistryConfig registryConfig(ServerConfig config) {
        RegistryConfig rc = RegistryConfig.defaults(config.home()).withJdbcUrl(config.jdbcUrl())
                .withAnonymousRead(config.anonymousRead());
        if (config.policyFile() == null) {
            return rc;
        }
        try {
            return rc.withPolicy(ApprovalPolicy.read(config.policyFile()));
        } catch (InvalidInputException e) {
            throw new ServerStartException("the approval policy " + config.policyFile() + " is not valid", e.problems());
        }
    }

    /** The port the server listens on (the one picked when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The file this start wrote the first admin token to, or empty when the registry already had users. */
    public Optional<Path> adminTokenFile() {
        return Optional.ofNullable(adminTokenFile);
    }

    /**
     * The API routes Javalin registered, as {@code METHOD path}: what the OpenAPI test compares with the route table. The
     * web UI's routes ({@link WebUi}) are not part of the API and are left out.
     */
    public List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .filter(e -> !isUi(e.metadata(Roles.class)))
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    /**
     * How many card reads were answered from memory in front of the REST handlers (see {@link CardFastLane}): the rest
     * went through them.
     */
    public long cardsServedFromMemory() {
        return lane.served();
    }

    private static boolean isUi(Roles roles) {
        return roles != null && roles.getRoles().contains(WebUi.UiRoute.PAGE);
    }

    /** Stops listening and closes the registry. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            registry.close();
        }
    }
}
