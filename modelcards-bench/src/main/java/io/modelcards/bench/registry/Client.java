package io.modelcards.bench.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * A minimal client of the registry's REST API: each calling thread keeps one HTTP/1.1 keep-alive connection
 * ({@link Connection}), so that the bench spends its CPU on the server's work rather than on a general-purpose HTTP
 * client (the JDK's {@code java.net.http} took about 2 ms of CPU per request, a third of the machine at the target rate).
 */
final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections;

    Client(String base) {
        URI uri = URI.create(base);
        if (!"http".equals(uri.getScheme()) || uri.getPort() < 0) {
            throw new IllegalArgumentException("the bench client speaks plain HTTP to http://HOST:PORT, not " + base);
        }
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.connections = ThreadLocal.withInitial(() -> new Connection(host, port));
    }

    /**
     * Sends {@code method path} with {@code token} and an optional JSON body and fails unless it answers {@code expect}.
     * Returns the answer's body parsed as JSON (null when empty).
     */
    JsonNode send(String method, String path, String token, String json, int expect) {
        String body = call(method, path, token, json, expect);
        return body.isEmpty() ? null : parse(body);
    }

    /** Sends {@code method path} as {@link #send} does and fails unless it answers {@code expect}; the body is not parsed. */
    void check(String method, String path, String token, String json, int expect) {
        call(method, path, token, json, expect);
    }

    private String call(String method, String path, String token, String json, int expect) {
        Connection c = connections.get();
        try {
            Connection.Answer a = c.exchange(method, path, token, json);
            if (a.status() != expect) {
                throw new IllegalStateException(method + " " + path + " answered " + a.status() + ": " + a.body());
            }
            return a.body();
        } catch (IOException e) {
            connections.remove();
            c.close();
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** The JSON text of {@code node}. */
    static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} parsed as JSON. */
    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
