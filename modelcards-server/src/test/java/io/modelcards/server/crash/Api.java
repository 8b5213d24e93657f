package io.modelcards.server.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small JSON client of one server's REST API for the crash test; a transport failure is an {@link IOException}. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client;

    Api(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends {@code method path} with {@code token} and an optional JSON body; the reply is whatever status came back. */
    Reply call(String method, String path, String token, String json) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = client.send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A GET that must answer 200, as JSON; anything else fails the test with the reply. */
    JsonNode getJson(String path, String token) {
        try {
            Reply r = call("GET", path, token, null);
            if (r.status() != 200) {
                throw new AssertionError("GET " + path + " answered " + r);
            }
            return r.json();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        }
    }

    /**
     * A response.
     *
     * @param status the HTTP status
     * @param body   the body text
     */
    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
