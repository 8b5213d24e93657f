package io.modelcards.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.cli.ExitCode;
import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A client of one registry's REST API, acting as the holder of one token (or anonymously). Every call returns the
 * response body of a 2xx answer; any other answer, or a server that cannot be reached, is a {@link RemoteFailure}
 * carrying the registry's problems as diagnostics. The token is sent only in the Authorization header.
 */
public final class RegistryClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final String token;
    private final HttpClient http;

    /** A client of the registry at {@code base} ({@code http://127.0.0.1:8080}); {@code token} may be null. */
    public RegistryClient(URI base, String token) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The registry's address, as given. */
    public URI base() {
        return base;
    }

    /** The API path of a model's version ({@code /api/v1/models/M/versions/V}), each part escaped. */
    public static String versionPath(String model, String version) {
        return "/api/v1/models/" + segment(model) + "/versions/" + segment(version);
    }

    /** {@code text} escaped as one path segment or query value. */
    public static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** GETs {@code path} as JSON. */
    public JsonNode getJson(String path) {
        return json(send("GET", path, null, null, "application/json", null).body());
    }

    /** GETs {@code path}, or empty when the registry answers 404. */
    public Optional<JsonNode> find(String path) {
        Answer a = exchange("GET", path, null, null, "application/json", null);
        if (a.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(json(check(a, path, null).body()));
    }

    /** GETs {@code path} accepting {@code accept}, and returns the body and its ETag. */
    public Answer get(String path, String accept) {
        return send("GET", path, null, null, accept, null);
    }

    /** POSTs {@code body} (a JSON value, or null for none) to {@code path} and reads the JSON answer. */
    public JsonNode postJson(String path, Object body) {
        return json(send("POST", path, body == null ? null : bytes(body), "application/json", "application/json", null).body());
    }

    /**
     * Sends {@code body} of {@code contentType} with {@code method} to {@code path}; {@code sent} names the local file the
     * body came from, so that located problems point into it.
     */
    public Answer send(String method, String path, byte[] body, String contentType, String accept, String sent) {
        return send(method, path, body, contentType, accept, sent, null);
    }

    /** Sends as {@link #send(String, String, byte[], String, String, String)} does, only if the resource's ETag is {@code ifMatch}. */
    public Answer send(String method, String path, byte[] body, String contentType, String accept, String sent, String ifMatch) {
        return check(exchange(method, path, body, contentType, accept, ifMatch == null ? null : quoted(ifMatch)), path, sent);
    }

    /** The JSON value of a response body ({@code {}} for an empty one). */
    public JsonNode parse(String body) {
        return json(body);
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
    }

    private Answer exchange(String method, String path, byte[] body, String contentType, String accept, String ifMatch) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", accept + ", application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && body != null) {
            req.header("Content-Type", contentType);
        }
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            req.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable("connection refused or timed out");
        } catch (HttpTimeoutException e) {
            throw unreachable("no answer within 120 s");
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? "connection failed" : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted");
        }
    }

    private Answer check(Answer a, String path, String sent) {
        if (a.status() / 100 == 2) {
            return a;
        }
        int exit = a.status() >= 500 ? ExitCode.INTERNAL : ExitCode.INVALID;
        throw new RemoteFailure(exit, Problems.of(a.status(), a.body(), subject(path), sent));
    }

    private RemoteFailure unreachable(String why) {
        return new RemoteFailure(ExitCode.INTERNAL, List.of(Diagnostic.error(base.toString(), 0, 0, "remote/unreachable",
                "cannot reach the registry: " + why + "; is 'modelcards serve' running there? (set --server or MODELCARDS_URL)")));
    }

    /** The subject a problem is reported in: the path without the API prefix or the query. */
    private static String subject(String path) {
        String p = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
        int q = p.indexOf('?');
        return q < 0 ? p : p.substring(0, q);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            throw new UncheckedIOException("the registry answered with JSON that does not parse", e);
        }
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 2xx answer.
     *
     * @param status its status code
     * @param body   its body as text
     * @param etag   its ETag header, or null
     */
    public record Answer(int status, String body, String etag) {}
}
