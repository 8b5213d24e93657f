package io.modelcards.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class HappyPathTest {
    private static final String V = "/api/v1/models/sentiment/versions/1.0.0";

    @StorageTest
    void aCardGoesFromDraftThroughReviewToPublishedAndIsReadWithItsETag(TestDatabase db, @TempDir Path home) {
        try (RegistryServer server = Servers.start(db, home)) {
            Http http = new Http(server.url());
            String admin = Servers.adminToken(server);
            String ann = Users.add(http, admin, "ann", "author");
            String rita = Users.add(http, admin, "rita", "reviewer");
            String rex = Users.add(http, admin, "rex", "reviewer");
            String vic = Users.add(http, admin, "vic", "viewer");

            assertThat(http.post("/api/v1/models", ann, "{\"name\":\"sentiment\"}").status()).isEqualTo(201);
            Http.Reply version = http.post("/api/v1/models/sentiment/versions", ann, "{\"version\":\"1.0.0\"}");
            assertThat(version.status()).isEqualTo(201);
            assertThat(version.json().get("state").asText()).isEqualTo("draft");

            Http.Reply upload = http.call("PUT", V + "/card").token(ann).json(Cards.json("first words")).send();
            assertThat(upload.status()).isEqualTo(200);
            String first = upload.header("ETag");
            assertThat(first).isEqualTo("\"" + upload.json().get("hash").asText() + "\"");

            assertThat(move(http, "submit", ann, first, null)).isEqualTo("in_review");
            assertThat(move(http, "request-changes", rita, null, "{\"comment\":\"say what it must not be used for\"}"))
                    .isEqualTo("changes_requested");
            Http.Reply comment = http.post(V + "/comments", rita,
                    "{\"text\":\"out of scope uses are missing\",\"pointer\":\"/uses/out_of_scope_use\"}");
            assertThat(comment.status()).isEqualTo(201);

            Http.Reply edit = http.call("PATCH", V + "/card").token(ann).header("If-Match", first).json(
                    "{\"edits\":[{\"op\":\"set\",\"pointer\":\"/uses/out_of_scope_use\",\"value\":\"Medical triage.\"}]}").send();
            assertThat(edit.status()).as(edit.body()).isEqualTo(200);
            String second = edit.header("ETag");
            assertThat(second).isNotEqualTo(first);
            assertThat(move(http, "submit", ann, second, null)).isEqualTo("in_review");
            assertThat(move(http, "approve", rex, second, null)).isEqualTo("approved");
            assertThat(move(http, "publish", ann, second, null)).isEqualTo("published");

            Http.Reply md = http.get(V + "/card?format=md", vic);
            assertThat(md.status()).isEqualTo(200);
            assertThat(md.header("Content-Type")).startsWith("text/markdown");
            assertThat(md.header("ETag")).isEqualTo(second);
            assertThat(md.body()).contains("Medical triage.");
            Http.Reply html = http.get(V + "/card?format=html", vic);
            assertThat(html.header("Content-Type")).startsWith("text/html");
            assertThat(html.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(html.body()).contains("Medical triage.").doesNotContain("<script");
            Http.Reply json = http.get("/api/v1/models/sentiment/versions/latest-published/card?format=json", vic);
            assertThat(json.json().at("/uses/out_of_scope_use").asText()).isEqualTo("Medical triage.");
            assertThat(json.header("ETag")).isEqualTo(second);
            Http.Reply byHash = http.get("/api/v1/revisions/" + second.replace("\"", "") + "?format=md", vic);
            assertThat(byHash.body()).isEqualTo(md.body());
            assertThat(http.call("GET", V + "/card?format=md").token(vic).header("If-None-Match", second).send().status())
                    .isEqualTo(304);

            Http.Reply diff = http.get("/api/v1/diff?from=" + first.replace("\"", "") + "&to=" + second.replace("\"", ""), vic);
            assertThat(diff.status()).as(diff.body()).isEqualTo(200);
            assertThat(diff.json().get("diff_version").asText()).isEqualTo("1.0");
            assertThat(diff.body()).contains("Medical triage.");
            assertThat(http.get("/api/v1/models/sentiment/diff?from=1.0.0&to=latest", vic).json().get("diff_version").asText())
                    .isEqualTo("1.0");

            JsonNode audit = http.get("/api/v1/audit?from=1&limit=100", vic).json().get("items");
            List<String> actions = new ArrayList<>();
            String prev = null;
            for (JsonNode e : audit) {
                actions.add(e.at("/event/action").asText());
                if (prev != null) {
                    assertThat(e.get("prev_hash").asText()).isEqualTo(prev);
                }
                prev = e.get("hash").asText();
            }
            assertThat(actions).as("users and tokens made through the API are audited").contains("user.created", "token.created");
            assertThat(actions).containsSubsequence("model.created", "card.created", "revision.uploaded", "card.submitted",
                    "review.changes_requested", "comment.added", "card.submitted", "review.approved", "card.published");
            int checkpoints = http.get("/api/v1/audit/checkpoints", vic).json().size();
            assertThat(checkpoints).isPositive();
            Http.Reply signed = http.post("/api/v1/audit/checkpoints", admin, null);
            assertThat(signed.status()).isEqualTo(201);
            assertThat(signed.json().get("note").asText()).startsWith("modelcards/");
            assertThat(http.get("/api/v1/audit/checkpoints", vic).json()).hasSize(checkpoints + 1);
            assertThat(http.get(V + "/reviews", vic).json()).hasSize(2);
            assertThat(http.get(V, vic).json().at("/version/state").asText()).isEqualTo("published");
        }
    }

    private static String move(Http http, String action, String token, String ifMatch, String body) {
        Http.Call call = http.call("POST", V + "/" + action).token(token);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        if (body != null) {
            call.body("application/json", body.getBytes(StandardCharsets.UTF_8));
        }
        Http.Reply r = call.send();
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        return r.json().get("to").asText();
    }
}
