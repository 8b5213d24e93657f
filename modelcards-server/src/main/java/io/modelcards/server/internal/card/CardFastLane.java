package io.modelcards.server.internal.card;

import io.modelcards.codec.ContentHash;
import io.modelcards.registry.Registry;
import io.modelcards.registry.RegistryException;
import io.modelcards.registry.catalog.VersionEntry;
import io.modelcards.registry.workflow.State;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.server.problem.ApiException;
import io.modelcards.server.problem.SecurityHeaders;
import io.modelcards.server.route.AccessCheck;
import io.modelcards.server.route.Route;
import io.modelcards.server.route.RouteTable;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET /api/v1/models/{model}/versions/{version}/card} in front of Javalin when everything the answer
 * needs is in memory: the caller's token (accepted by the one {@link AccessCheck}), the version's state and revision
 * ({@link Registry#version}) and the rendering ({@link RenderedCards#cached}). It answers only a plain 200 that the
 * route's handler would give byte for byte with the same headers; anything else (another request, a cache miss, a
 * refusal, a conditional request, a client that accepts compression) goes on to Javalin, which answers it as always.
 * Why it exists: the card is the most read thing in the registry, and Javalin's servlet layer costs several times what
 * sending cached bytes costs (measured in {@code bench/registry-load}).
 */
public final class CardFastLane extends Handler.Wrapper {
    private static final String PREFIX = "/api/v1/models/";
    private static final String VERSIONS = "/versions/";
    private static final String SUFFIX = "/card";

    private final Registry registry;
    private final RenderedCards rendered;
    private final AccessCheck access;
    private final Route route;
    private final LongAdder served = new LongAdder();

    /** A lane serving cards of {@code registry} from {@code rendered}, admitting callers as {@code access} does. */
    public CardFastLane(Registry registry, RenderedCards rendered, AccessCheck access) {
        this.registry = registry;
        this.rendered = rendered;
        this.access = access;
        this.route = RouteTable.routes().stream().filter(r -> r.operationId().equals("getCard")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the route table has no getCard route"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Answer answer = "GET".equals(request.getMethod()) ? answer(request) : null;
        if (answer == null) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        for (Map.Entry<String, String> h : SecurityHeaders.ALL) {
            headers.put(h.getKey(), h.getValue());
        }
        headers.put(HttpHeader.ETAG, "\"" + answer.hash() + "\"");
        headers.put(HttpHeader.CACHE_CONTROL, SecurityHeaders.REVALIDATE);
        headers.put(HttpHeader.CONTENT_TYPE, answer.card().contentType());
        headers.put(HttpHeader.CONTENT_LENGTH, answer.card().bytes().length);
        response.setStatus(200);
        served.increment();
        response.write(true, ByteBuffer.wrap(answer.card().bytes()), callback);
        return true;
    }

    /** How many requests this lane has answered itself. */
    public long served() {
        return served.sum();
    }

    /** The answer to {@code request} from memory, or null when Javalin must answer it. */
    private Answer answer(Request request) {
        HttpFields headers = request.getHeaders();
        if (headers.contains(HttpHeader.ACCEPT_ENCODING) || headers.contains(HttpHeader.IF_NONE_MATCH)
                || headers.contains(HttpHeader.IF_MODIFIED_SINCE)) {
            return null;
        }
        OutputFormat format = format(request.getHttpURI().getQuery());
        String[] names = names(request.getHttpURI().getPath());
        if (format == null || names == null) {
            return null;
        }
        try {
            Optional<?> caller = access.admit(route, headers.get(HttpHeader.AUTHORIZATION));
            VersionEntry entry = registry.version(names[0], names[1]);
            boolean released = entry.state() == State.PUBLISHED || entry.state() == State.DEPRECATED;
            if (entry.currentRevision() == null || caller.isEmpty() && !released) {
                return null;
            }
            RenderedCards.Rendered card = rendered.cached(entry.currentRevision(), format);
            return card == null ? null : new Answer(entry.currentRevision(), card);
        } catch (ApiException | RegistryException e) {
            return null;
        }
    }

    /** The format a query string asks for (none, or exactly one {@code format} parameter), or null for anything else. */
    static OutputFormat format(String query) {
        if (query == null || query.isEmpty()) {
            return OutputFormat.JSON;
        }
        return switch (query) {
            case "format=json" -> OutputFormat.JSON;
            case "format=md" -> OutputFormat.MD;
            case "format=html" -> OutputFormat.HTML;
            default -> null;
        };
    }

    /**
     * The model and version of a card path, or null when {@code path} is not exactly one, or escapes anything: the
     * fast lane leaves decoding to Javalin.
     */
    static String[] names(String path) {
        if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX) || path.indexOf('%') >= 0
                || path.indexOf(';') >= 0) {
            return null;
        }
        String middle = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        int at = middle.indexOf(VERSIONS);
        if (at <= 0) {
            return null;
        }
        String model = middle.substring(0, at);
        String version = middle.substring(at + VERSIONS.length());
        if (model.indexOf('/') >= 0 || version.isEmpty() || version.indexOf('/') >= 0) {
            return null;
        }
        return new String[] {model, version};
    }

    /** A card to send: the revision's hash (the ETag) and its rendering. */
    private record Answer(ContentHash hash, RenderedCards.Rendered card) {}
}
