package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.server.problem.SecurityHeaders;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review in headless Chromium against a real server: the whole flow from submit through a change request anchored to
 * a section, the fix and the approval to publish, then the audit page; the refusals (a change request without a comment,
 * a viewer's forged posts) and the escaping of comment text.
 */
class ReviewFlowBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static UiHarness ui;
    private static String ann;
    private static String rita;
    private static String bob;
    private static String vic;

    @BeforeAll
    static void start() {
        ui = UiHarness.start();
        ann = ui.addUser("ann", "author");
        rita = ui.addUser("rita", "reviewer");
        bob = ui.addUser("bob", "reviewer");
        vic = ui.addUser("vic", "viewer");
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @BeforeEach
    void signedOut() {
        ui.browser().manage().deleteAllCookies();
    }

    @Test
    void aCardGoesFromSubmitThroughAChangeRequestAndAnApprovalToPublishedAndTheAuditShowsEachStep() {
        ui.draft(ann, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        String page = "/models/sentiment/versions/1.0.0";

        as(ann, page);
        assertThat(ui.browser().findElement(By.id("review-checks")).getText()).contains("Before submitting");
        assertThat(ui.texts(By.cssSelector("#completeness tbody td:first-child"))).isNotEmpty();
        ui.submit(By.id("review-submit"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("in_review");

        as(rita, page);
        new Select(ui.browser().findElement(By.id("comment-section"))).selectByVisibleText("Out-of-Scope Use");
        ui.browser().findElement(By.id("comment-text")).sendKeys("Say that it must not screen job applicants.");
        ui.submit(By.id("add-comment"));
        ui.browser().findElement(By.id("changes-comment")).sendKeys("Out-of-scope uses are missing: see my comment.");
        ui.submit(By.id("request-changes"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("changes_requested");

        as(ann, page);
        assertThat(ui.texts(By.cssSelector("#review-needs li")))
                .contains("rita requested changes: Out-of-scope uses are missing: see my comment.");
        assertThat(ui.browser().findElement(By.cssSelector("#threads .comment .anchor")).getText()).isEqualTo("Out-of-Scope Use");
        assertThat(ui.browser().findElement(By.id("review-submit")).getText()).isEqualTo("Resubmit");
        ModelCard card = Fixtures.card("classifier-sentiment");
        putCard(ann, "sentiment", "1.0.0", card.withDetails(card.details().withSummary("Classifies the sentiment of reviews."))
                .withUses(card.uses().withOutOfScopeUse("Screening job applicants, or any decision about a person.")));
        ui.open(page);
        ui.submit(By.id("review-submit"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("in_review");
        assertThat(ui.browser().findElement(By.cssSelector("#decisions .decision-request_changes")).getText())
                .contains("on an earlier revision");

        as(bob, page);
        ui.submit(By.id("approve"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("approved");
        assertThat(ui.browser().findElement(By.id("review-status")).getText()).isEqualTo("approved");

        as(ann, page);
        ui.submit(By.id("move-publish"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("published");
        assertThat(ui.state("sentiment", "1.0.0")).isEqualTo("published");

        ui.open("/audit?model=sentiment");
        List<String> actions = new ArrayList<>(ui.texts(By.cssSelector("#audit tbody td.action")));
        Collections.reverse(actions);
        assertThat(actions).containsSubsequence("card.submitted", "comment.added", "review.changes_requested",
                "revision.uploaded", "card.submitted", "review.approved", "card.published");
        assertThat(ui.texts(By.cssSelector("#audit tbody td.move"))).first().isEqualTo("approved → published");
        assertThat(ui.browser().findElement(By.id("verification")).getText()).startsWith("The chain verifies");
        assertThat(ui.browser().findElement(By.id("checkpoint-seq")).getText()).isNotBlank();
        assertThat(ui.browser().findElement(By.id("fingerprint")).getText()).startsWith("SHA256:");
    }

    @Test
    void aChangeRequestWithoutACommentIsRefusedWithTheMessageAndChangesNothing() {
        inReview("toxicity", "0.1.0");
        as(rita, "/models/toxicity/versions/0.1.0");
        WebElement comment = ui.browser().findElement(By.id("changes-comment"));
        // The form marks the comment required; without that hint the server must still refuse.
        ((JavascriptExecutor) ui.browser()).executeScript("arguments[0].removeAttribute('required')", comment);
        ui.submit(By.id("request-changes"));
        assertThat(ui.browser().findElement(By.id("error-message")).getText()).contains("a change request needs a comment");
        assertThat(ui.state("toxicity", "0.1.0")).isEqualTo("in_review");
        assertThat(api("GET", "/api/v1/models/toxicity/versions/0.1.0/reviews", ann)).isEmpty();
    }

    @Test
    void aViewerSeesTheReviewButNoControlAndTheirForgedReviewPostsAreRefused() {
        inReview("spam", "0.1.0");
        String page = "/models/spam/versions/0.1.0";
        as(vic, page);
        assertThat(ui.browser().findElement(By.id("review")).getText()).contains("No reviewer has decided yet");
        assertThat(ui.browser().findElements(By.cssSelector("#review form"))).isEmpty();
        String revision = api("GET", "/api/v1/models/spam/versions/0.1.0", ann).at("/version/current_revision").asText();
        String csrf = ui.csrfOnPage();
        for (String action : List.of("approve", "request-changes", "comment")) {
            HttpResponse<String> forged = ui.send("POST", page + "/ui/" + action, ui.sessionCookie(),
                    Map.of("_csrf", csrf, "revision", revision, "comment", "forged", "text", "forged"));
            assertThat(forged.statusCode()).as(action).isEqualTo(403);
            assertThat(forged.body()).as(action).contains("Not allowed");
        }
        assertThat(ui.state("spam", "0.1.0")).isEqualTo("in_review");
        assertThat(api("GET", "/api/v1/models/spam/versions/0.1.0/reviews", ann)).isEmpty();
        assertThat(api("GET", "/api/v1/models/spam/versions/0.1.0/comments", ann)).isEmpty();
    }

    @Test
    void aReplyNestsUnderItsThreadAndResolvingMarksTheThreadAndEndsItsResolveButton() {
        inReview("churn", "0.1.0");
        String page = "/models/churn/versions/0.1.0";
        as(rita, page);
        ui.browser().findElement(By.id("comment-pointer")).sendKeys("/uses/direct_use");
        ui.browser().findElement(By.id("comment-text")).sendKeys("Which customers is it for?");
        ui.submit(By.id("add-comment"));
        long root = api("GET", "/api/v1/models/churn/versions/0.1.0/comments", ann).get(0).get("id").asLong();

        as(ann, page);
        ui.browser().findElement(By.id("reply-" + root)).sendKeys("Retail customers only.");
        ui.submit(By.id("reply-button-" + root));
        assertThat(ui.browser().getCurrentUrl()).contains("#comment-");
        assertThat(ui.texts(By.cssSelector("#threads > li > .comment .anchor"))).containsExactly("/uses/direct_use");
        assertThat(ui.texts(By.cssSelector("#threads .replies .comment-text"))).containsExactly("Retail customers only.");
        assertThat(ui.browser().findElement(By.cssSelector("#threads .replies .author")).getText()).isEqualTo("ann");

        ui.submit(By.id("resolve-" + root));
        assertThat(ui.browser().findElement(By.cssSelector("#threads > li")).getAttribute("class")).contains("resolved");
        assertThat(ui.browser().findElement(By.cssSelector("#comment-" + root + " .resolved-badge")).getText()).isEqualTo("resolved");
        assertThat(ui.browser().findElements(By.id("resolve-" + root))).isEmpty();
        assertThat(api("GET", "/api/v1/models/churn/versions/0.1.0/comments", ann).get(0).get("resolved").asBoolean()).isTrue();
    }

    @Test
    void scriptInCommentsShowsAsTextAndNeverRuns() {
        inReview("fraud", "0.1.0");
        String page = "/models/fraud/versions/0.1.0";
        as(rita, page);
        String script = "<script>document.title='pwned'</script>";
        String image = "<img src=x onerror=\"document.title='pwned'\">";
        ui.browser().findElement(By.id("comment-text")).sendKeys(script);
        ui.submit(By.id("add-comment"));
        ui.browser().findElement(By.id("comment-pointer")).sendKeys("/uses/out_of_scope_use");
        ui.browser().findElement(By.id("comment-text")).sendKeys(image);
        ui.submit(By.id("add-comment"));
        HttpResponse<String> section = ui.send("POST", page + "/ui/comment", ui.sessionCookie(),
                Map.of("_csrf", ui.csrfOnPage(), "section", "<svg onload=\"document.title='pwned'\">", "text", "section"));
        assertThat(section.statusCode()).isEqualTo(303);
        ui.open(page);
        assertThat(ui.texts(By.cssSelector("#threads .comment-text"))).containsExactly(script, image, "section");
        assertThat(ui.texts(By.cssSelector("#threads .anchor"))).contains("<svg onload=\"document.title='pwned'\">");
        assertThat(ui.browser().findElements(By.cssSelector("#threads img, #threads script, #threads svg"))).isEmpty();
        assertThat(ui.browser().getTitle()).isNotEqualTo("pwned").endsWith("modelcards");
    }

    @Test
    void theAuditPageCarriesTheCspAndIsForSignedInUsersOnly() {
        as(vic, "/audit");
        HttpResponse<String> page = ui.send("GET", "/audit", ui.sessionCookie(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.UI_CSP);
        assertThat(ui.browser().findElements(By.id("verify-now"))).isEmpty();
        HttpResponse<String> verify = ui.send("POST", "/audit/verify", ui.sessionCookie(), Map.of("_csrf", ui.csrfOnPage()));
        assertThat(verify.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = ui.send("GET", "/audit", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void theAuditPageFiltersByActorAndActionAndAnAdminVerifiesTheChainOnRequest() {
        as(ui.adminToken(), "/audit");
        new Select(ui.browser().findElement(By.id("a-action"))).selectByValue("user.created");
        ui.submit(By.id("filter"));
        assertThat(ui.texts(By.cssSelector("#audit tbody td.action"))).isNotEmpty().allMatch("user.created"::equals);
        ui.open("/audit?actor=nobody-at-all");
        assertThat(ui.browser().findElement(By.id("no-entries")).getText()).isEqualTo("No entry matches.");
        ui.submit(By.id("verify-now"));
        assertThat(ui.browser().findElement(By.id("verification")).getText()).startsWith("The chain verifies")
                .contains("verified at");
    }

    /**
     * Signs in with {@code token} in a fresh session, then opens {@code path}. The page a form post led to may still be
     * loading (its redirect ends at a fragment); the sign-in waits for it, so that the form it fills is the one shown.
     */
    private static void as(String token, String path) {
        loaded();
        ui.browser().manage().deleteAllCookies();
        ui.open("/sign-in");
        loaded();
        ui.browser().findElement(By.id("token")).sendKeys(token);
        ui.submit(By.id("sign-in"));
        ui.open(path);
        loaded();
    }

    private static void loaded() {
        new WebDriverWait(ui.browser(), Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A draft of {@code model} by ann, submitted through the API. */
    private static void inReview(String model, String version) {
        ui.draft(ann, model, version, "A draft about " + model + ".");
        send(HttpRequest.newBuilder(URI.create(ui.url() + "/api/v1/models/" + model + "/versions/" + version + "/submit"))
                .header("Authorization", "Bearer " + ann).POST(HttpRequest.BodyPublishers.noBody()), 200);
    }

    private static void putCard(String token, String model, String version, ModelCard card) {
        send(HttpRequest.newBuilder(URI.create(ui.url() + "/api/v1/models/" + model + "/versions/" + version + "/card"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CardCodec.toJson(card))), 200);
    }

    private static JsonNode api(String method, String path, String token) {
        String body = send(HttpRequest.newBuilder(URI.create(ui.url() + path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()), 200);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String send(HttpRequest.Builder request, int status) {
        try {
            HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(UTF_8));
            assertThat(r.statusCode()).as(r.uri().getPath() + ": " + r.body()).isEqualTo(status);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
