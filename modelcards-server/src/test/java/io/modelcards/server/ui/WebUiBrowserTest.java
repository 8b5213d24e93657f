package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.server.problem.SecurityHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in headless Chromium against a real server: signing in and out, the models list and its filters, what a
 * viewer sees and may do, the CSRF check, and the content security policy on every page. One browser for the class.
 */
class WebUiBrowserTest {
    private static UiHarness ui;
    private static String ann;
    private static String vic;

    @BeforeAll
    static void start() {
        ui = UiHarness.start();
        ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        vic = ui.addUser("vic", "viewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        ui.draft(ann, "toxicity", "0.1.0", "Flags toxic comments.");
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
    void aVisitorWithoutASessionIsSentToTheSignInForm() {
        ui.open("/");
        assertThat(ui.browser().getCurrentUrl()).endsWith("/sign-in");
        assertThat(ui.browser().findElement(By.cssSelector("label[for='token']")).getText()).isEqualTo("API token");
    }

    @Test
    void signingInShowsTheUserAndSigningOutEndsTheSession() {
        ui.signIn(ann);
        assertThat(ui.browser().getCurrentUrl()).isEqualTo(ui.url() + "/");
        assertThat(ui.browser().findElement(By.cssSelector(".user")).getText()).isEqualTo("ann (author)");
        String session = ui.sessionCookie();
        assertThat(session).isNotNull();
        assertThat(ui.browser().getPageSource()).doesNotContain(ann);

        ui.signOut();
        assertThat(ui.browser().getCurrentUrl()).endsWith("/sign-in");
        assertThat(ui.sessionCookie()).isNull();
        HttpResponse<String> reuse = ui.send("GET", "/", session, null);
        assertThat(reuse.statusCode()).isEqualTo(303);
        assertThat(reuse.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void revokingTheTokenEndsTheSessionOnTheNextPage() {
        String val = ui.addUser("val", "viewer");
        ui.signIn(val);
        assertThat(ui.browser().findElement(By.cssSelector(".user")).getText()).startsWith("val");
        ui.revokeTokens("val");
        ui.open("/");
        assertThat(ui.browser().getCurrentUrl()).endsWith("/sign-in");
        assertThat(ui.browser().findElements(By.cssSelector(".user"))).isEmpty();
    }

    @Test
    void aWrongTokenIsRefusedOnTheFormWithoutEchoingIt() {
        ui.signIn("mc_not-a-real-token");
        assertThat(ui.browser().findElement(By.id("sign-in-problem")).getText()).contains("unknown, revoked or expired");
        assertThat(ui.browser().getPageSource()).doesNotContain("mc_not-a-real-token");
        assertThat(ui.sessionCookie()).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        ui.signIn(vic);
        var cookie = ui.browser().manage().getCookieNamed("mc_session");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
    }

    @Test
    void theListShowsThePublishedCardAndFiltersByStatus() {
        ui.signIn(vic);
        assertThat(ui.texts(By.cssSelector("#models tbody td:first-child"))).containsExactlyInAnyOrder("sentiment", "toxicity");

        new Select(ui.browser().findElement(By.id("f-status"))).selectByValue("published");
        ui.submit(By.id("search"));
        assertThat(ui.texts(By.cssSelector("#models tbody td:first-child"))).containsExactly("sentiment");
        assertThat(ui.texts(By.cssSelector("#models tbody td:nth-child(3)"))).containsExactly("published");
        assertThat(ui.browser().getCurrentUrl()).contains("status=published");
    }

    @Test
    void aBadQueryTermIsShownNextToTheBoxEscaped() {
        ui.signIn(vic);
        ui.open("/?q=colour:%3Cb%3Ered%3C/b%3E");
        String problems = ui.browser().findElement(By.id("q-problems")).getText();
        assertThat(problems).contains("column 1").contains("colour");
        assertThat(ui.browser().findElements(By.cssSelector("#q-problems b"))).isEmpty();
    }

    @Test
    void theModelPageShowsTheVersionsAndLinksToTheCard() {
        ui.signIn(vic);
        ui.open("/models/sentiment");
        assertThat(ui.texts(By.cssSelector("#versions .state"))).containsExactly("published");
        ui.submit(By.linkText("1.0.0"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("published");
        assertThat(ui.browser().findElement(By.id("card")).getText()).contains("Classifies the sentiment of reviews.");
    }

    @Test
    void theAuthorSeesTheSubmitButtonAndItMovesTheDraft() {
        ui.draft(ann, "toxicity", "0.2.0", "A second draft.");
        ui.signIn(ann);
        ui.open("/models/toxicity/versions/0.2.0");
        ui.submit(By.id("review-submit"));
        assertThat(ui.browser().findElement(By.id("state")).getText()).isEqualTo("in_review");
        assertThat(ui.state("toxicity", "0.2.0")).isEqualTo("in_review");
    }

    @Test
    void aViewerSeesNoWriteControlAndAForgedPostFromTheirSessionIsRefused() {
        ui.signIn(vic);
        ui.open("/models/toxicity/versions/0.1.0");
        assertThat(ui.browser().findElements(By.cssSelector("#moves button"))).isEmpty();
        assertThat(ui.browser().findElements(By.cssSelector("main form[method='post']"))).isEmpty();

        HttpResponse<String> forged = ui.send("POST", "/models/toxicity/versions/0.1.0/ui/submit", ui.sessionCookie(),
                Map.of("_csrf", ui.csrfOnPage()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Not allowed").doesNotContain("Exception");
        assertThat(ui.state("toxicity", "0.1.0")).isEqualTo("draft");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        ui.signIn(ann);
        ui.open("/models/toxicity/versions/0.1.0");
        assertThat(ui.browser().findElement(By.id("review-submit")).isDisplayed()).isTrue();
        HttpResponse<String> noToken = ui.send("POST", "/models/toxicity/versions/0.1.0/ui/submit", ui.sessionCookie(),
                Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> badRevision = ui.send("POST", "/models/toxicity/versions/0.1.0/ui/submit", ui.sessionCookie(),
                Map.of("_csrf", ui.csrfOnPage(), "revision", "not-a-hash"));
        assertThat(badRevision.statusCode()).isEqualTo(400);
        assertThat(badRevision.body()).contains("reload the card page");
        HttpResponse<String> signOut = ui.send("POST", "/sign-out", ui.sessionCookie(), Map.of("_csrf", "wrong"));
        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(ui.state("toxicity", "0.1.0")).isEqualTo("draft");
        ui.open("/");
        assertThat(ui.browser().findElement(By.cssSelector(".user")).getText()).startsWith("ann");
    }

    @Test
    void everyUiPageCarriesTheUiContentSecurityPolicyAndTheOtherSecurityHeaders() {
        ui.signIn(vic);
        String session = ui.sessionCookie();
        List<String> pages = List.of("/", "/?status=published", "/?q=nonsense:term", "/sign-in", "/models/sentiment",
                "/models/sentiment/versions/1.0.0", "/models/nothing", "/assets/modelcards.css");
        for (String page : pages) {
            HttpResponse<String> r = ui.send("GET", page, session, null);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page).hasValue(SecurityHeaders.UI_CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
        }
        HttpResponse<String> refused = ui.send("POST", "/sign-out", session, Map.of());
        assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.UI_CSP);
    }

    @Test
    void theStylesheetLoadsUnderTheCspAndIsCachedForAYear() {
        ui.signIn(vic);
        String href = ui.browser().findElement(By.cssSelector("link[rel='stylesheet']")).getAttribute("href");
        assertThat(href).contains("/assets/modelcards.css?v=");
        String color = ui.browser().findElement(By.cssSelector(".top")).getCssValue("border-bottom-style");
        assertThat(color).isEqualTo("solid");
        HttpResponse<String> css = ui.send("GET", "/assets/modelcards.css", null, null);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }
}
