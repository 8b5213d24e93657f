package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeding through the REST API with a user's token, for UI tests that need cards and comments {@link UiHarness} does not
 * make: any card JSON, a workflow move by name, a comment with an anchor. Every call must answer its expected status.
 */
final class SeedApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;

    SeedApi(UiHarness ui) {
        this.url = ui.url();
    }

    /** Uploads {@code cardJson} as the card of the version (a draft or changes requested) as {@code token}'s user. */
    void putCard(String token, String model, String version, String cardJson) {
        call("PUT", version(model, version) + "/card", token, cardJson, 200);
    }

    /** Makes the workflow move {@code action} (submit, approve, publish, ...) as {@code token}'s user. */
    void move(String token, String model, String version, String action) {
        call("POST", version(model, version) + "/" + action, token, "{}", 200);
    }

    /**
     * Submits the version as {@code token}'s user: the pointers of the fields the registry's rules refused (then nothing
     * changed), or an empty list once it is in review.
     */
    List<String> submit(String token, String model, String version) {
        HttpResponse<String> r = send("POST", version(model, version) + "/submit", token, "{}");
        if (r.statusCode() == 200) {
            return List.of();
        }
        if (r.statusCode() != 422) {
            throw new IllegalStateException("submit answered " + r.statusCode() + ": " + r.body());
        }
        try {
            List<String> pointers = new ArrayList<>();
            JSON.readTree(r.body()).path("problems").forEach(p -> pointers.add(p.path("pointer").asText()));
            return pointers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a comment ({@code text}, optionally {@code pointer}, {@code section}, {@code parent}) as {@code token}'s user. */
    void comment(String token, String model, String version, Map<String, Object> comment) {
        try {
            call("POST", version(model, version) + "/comments", token, JSON.writeValueAsString(comment), 201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void call(String method, String path, String token, String body, int status) {
        HttpResponse<String> r = send(method, path, token, body);
        if (r.statusCode() != status) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, UTF_8)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String version(String model, String version) {
        return "/api/v1/models/" + model + "/versions/" + version;
    }
}
