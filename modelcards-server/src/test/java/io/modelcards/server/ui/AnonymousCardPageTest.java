package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Downloads and the compare page signed out, on a server that allows anonymous reads: published cards only. */
class AnonymousCardPageTest {
    private static UiHarness ui;

    @BeforeAll
    static void start() {
        ui = UiHarness.serverOnly(true);
        String ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        ui.published(ann, rita, "sentiment", "1.1.0", "Classifies the sentiment of reviews, better.");
        ui.draft(ann, "sentiment", "9.9.9", "A draft nobody signed out may read.");
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void aPublishedCardDownloadsWithoutASessionAndADraftIsNotFound() {
        HttpResponse<String> published = ui.send("GET", "/models/sentiment/versions/1.1.0/download/card.json", null, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("Classifies the sentiment of reviews, better.");
        HttpResponse<String> draft = ui.send("GET", "/models/sentiment/versions/9.9.9/download/README.md", null, null);
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).doesNotContain("A draft nobody");
    }

    @Test
    void theCompareListsOnlyPublishedVersionsAndComparesTheNewestTwo() {
        HttpResponse<String> page = ui.send("GET", "/compare?model=sentiment", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("From 1.0.0 to 1.1.0.").doesNotContain("9.9.9").doesNotContain("A draft nobody");
    }

    @Test
    void aDraftOrARevisionHashCannotBeComparedWithoutASession() {
        HttpResponse<String> draft = ui.send("GET", "/compare?model=sentiment&from=1.1.0&to=9.9.9", null, null);
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).doesNotContain("A draft nobody");
        HttpResponse<String> hash = ui.send("GET", "/compare?model=sentiment&from=1.1.0&to=sha256:" + "0".repeat(64), null, null);
        assertThat(hash.statusCode()).isEqualTo(404);
        assertThat(hash.body()).contains("sign in to compare revisions by their hash");
    }
}
