package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI signed out on a server that allows anonymous reads: published cards show, nothing else does. */
class AnonymousUiTest {
    private static UiHarness ui;

    @BeforeAll
    static void start() {
        ui = UiHarness.serverOnly(true);
        String ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        ui.draft(ann, "toxicity", "0.1.0", "Flags toxic comments.");
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theListShowsOnlyPublishedVersionsWithoutASession() {
        HttpResponse<String> list = ui.send("GET", "/", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/models/sentiment\"").doesNotContain("toxicity").contains("id=\"sign-in-link\"");
    }

    @Test
    void aPublishedCardPageShowsWithoutASessionWithoutAnyMove() {
        HttpResponse<String> page = ui.send("GET", "/models/sentiment/versions/1.0.0", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Classifies the sentiment of reviews.").doesNotContain("id=\"moves\"");
    }

    @Test
    void aDraftIsNotFoundWithoutASession() {
        HttpResponse<String> page = ui.send("GET", "/models/toxicity/versions/0.1.0", null, null);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("sign in to see versions that are not published").doesNotContain("Flags toxic comments.");
        assertThat(ui.send("GET", "/models/toxicity", null, null).body()).doesNotContain("0.1.0");
    }

    @Test
    void aPostWithoutASessionIsRefusedAndChangesNothing() {
        HttpResponse<String> post = ui.send("POST", "/models/toxicity/versions/0.1.0/ui/submit", null, Map.of());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(ui.state("toxicity", "0.1.0")).isEqualTo("draft");
    }
}
