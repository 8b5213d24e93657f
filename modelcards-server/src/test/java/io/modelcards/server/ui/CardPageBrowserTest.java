package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.QuantitativeResult;
import io.modelcards.server.problem.SecurityHeaders;
import io.modelcards.testing.Fixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The card page (rendered card, summary panel, provenance, downloads) and the compare page in headless Chromium against
 * a real server. One browser for the class, signed in as a viewer.
 */
class CardPageBrowserTest {
    private static final String PAYLOAD = "<img src=x onerror=\"window.__mcPwned=1\">";
    private static final String SCRIPT = "<script>window.__mcPwned=2</script>";
    private static UiHarness ui;
    private static String vic;

    @BeforeAll
    static void start() {
        ui = UiHarness.start();
        String ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        vic = ui.addUser("vic", "viewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        ModelCard card = Fixtures.card("classifier-sentiment");
        card = card.withProvenance(card.provenance().with("/metadata/license",
                new Origin.Human("Dana Reyes", "README.md", "2026-03-01T10:00:00Z")));
        ui.draft(ann, "churn", "1.0.0", card);
        ui.draft(ann, "churn", "1.1.0", DiffViewsTest.worse(card));
        ModelCard hostile = hostile(Fixtures.card("classifier-sentiment"), 0.5, "sha256:" + "a".repeat(64));
        ui.draft(ann, "hostile", "0.1.0", hostile);
        ui.draft(ann, "hostile", "0.2.0", hostile(hostile, 0.4, "sha256:" + "b".repeat(64)));
        ui.signIn(vic);
    }

    /** {@code card} with script payloads in a card field, the licence, a dataset's name and a metric's name. */
    private static ModelCard hostile(ModelCard card, double value, String hash) {
        List<QuantitativeResult> results = new ArrayList<>(card.evaluation().quantitative());
        results.set(0, results.get(0).withMetric("acc" + PAYLOAD).withValue(value));
        List<DatasetInfo> datasets = new ArrayList<>(card.datasets());
        datasets.set(0, datasets.get(0).withName("sst" + SCRIPT + PAYLOAD).withContentHash(hash));
        return card.withMetadata(card.metadata().withLicense("mit" + PAYLOAD)).withDatasets(datasets)
                .withEvaluation(card.evaluation().withQuantitative(results))
                .withUses(card.uses().withOutOfScopeUse("Nothing " + SCRIPT + PAYLOAD + " else, version " + value));
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theSummaryShowsTheLicenceAMetricWithItsIntervalAndADatasetHash() {
        ui.open("/models/sentiment/versions/1.0.0");
        assertThat(ui.browser().findElement(By.cssSelector("#summary-licence .value")).getText()).isEqualTo("apache-2.0");
        assertThat(ui.browser().findElement(By.cssSelector("#summary-state")).getText()).isEqualTo("published");
        WebElement first = ui.browser().findElement(By.cssSelector("#metrics tbody tr"));
        assertThat(first.findElement(By.cssSelector(".metric")).getText()).isEqualTo("accuracy");
        assertThat(first.findElement(By.cssSelector(".value")).getText()).isEqualTo("0.8853");
        assertThat(first.findElement(By.cssSelector(".interval")).getText()).isEqualTo("0.8641 – 0.9048 (95%)");
        assertThat(first.findElement(By.cssSelector("td")).getText()).isEqualTo("SST-2/validation");
        assertThat(ui.browser().findElement(By.id("datasets")).getText())
                .contains("sha256:5f0c3a9d0e8b7c6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988");
    }

    @Test
    void theChartIsDrawnAndTheRenderersStylesApplyUnderTheCsp() {
        ui.open("/models/sentiment/versions/1.0.0");
        WebElement chart = ui.browser().findElement(By.cssSelector("#card .chart svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(100);
        // The renderer's contents box: its background comes from the renderer's CSS, served as a stylesheet.
        assertThat(ui.browser().findElement(By.cssSelector("#card .toc")).getCssValue("background-color"))
                .isEqualTo("rgba(246, 248, 250, 1)");
        assertThat(ui.browser().findElements(By.cssSelector("main main"))).isEmpty();
    }

    @Test
    void theSourceOfAValueShowsOnToggle() {
        ui.open("/models/churn/versions/1.0.0");
        WebElement origin = ui.browser().findElement(By.cssSelector("#summary-licence details.origin p"));
        assertThat(origin.isDisplayed()).isFalse();
        ui.browser().findElement(By.cssSelector("#summary-licence details.origin summary")).click();
        assertThat(origin.isDisplayed()).isTrue();
        assertThat(origin.getText()).isEqualTo("written by Dana Reyes in README.md on 2026-03-01T10:00:00Z");
    }

    @Test
    void theDownloadsAnswerReadmeHtmlAndJsonForTheSession() {
        ui.open("/models/sentiment/versions/1.0.0");
        String revision = ui.browser().findElement(By.id("summary-revision")).getText();
        List<String> hrefs = ui.browser().findElements(By.cssSelector("#downloads a")).stream().map(a -> a.getAttribute("href"))
                .map(h -> h.substring(ui.url().length())).toList();
        String query = "?revision=" + revision.replace(":", "%3A");
        String base = "/models/sentiment/versions/1.0.0/download/";
        assertThat(hrefs).containsExactly(base + "README.md" + query, base + "card.html" + query, base + "card.json" + query);
        List<String> types = List.of("text/markdown", "text/html", "application/json");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = ui.send("GET", hrefs.get(i), ui.sessionCookie(), null);
            assertThat(r.statusCode()).as(hrefs.get(i)).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(types.get(i));
            assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=");
            assertThat(r.body()).contains("Classifies the sentiment of reviews.");
        }
        assertThat(ui.send("GET", hrefs.get(0), null, null).statusCode()).isEqualTo(303);
    }

    @Test
    void aDownloadOfARevisionThatIsNoLongerCurrentIsRefusedWithWhatToDo() {
        String old = "?revision=sha256:" + "0".repeat(64);
        HttpResponse<String> r = ui.send("GET", "/models/sentiment/versions/1.0.0/download/README.md" + old, ui.sessionCookie(), null);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("reload the card page and download again");
    }

    @Test
    void compareShowsTheMetricDeltaAndTheChangedSectionForAKnownPair() {
        ui.open("/models/churn/versions/1.1.0");
        ui.submit(By.id("compare-previous"));
        assertThat(new Select(ui.browser().findElement(By.id("from"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("1.0.0");
        assertThat(new Select(ui.browser().findElement(By.id("to"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("1.1.0");
        WebElement accuracy = ui.browser().findElement(By.cssSelector("#metric-deltas tbody tr"));
        assertThat(accuracy.getAttribute("class")).contains("delta-worse");
        assertThat(accuracy.getText()).contains("accuracy", "0.8853", "0.8612", "-0.0241", "regressed", "higher is better");
        WebElement section = ui.browser().findElement(By.cssSelector("section[data-field='/uses/out_of_scope_use']"));
        assertThat(section.findElement(By.tagName("h3")).getText()).startsWith("Out of scope use");
        assertThat(section.findElement(By.tagName("del")).getText()).contains("sarcasm");
        assertThat(ui.texts(By.cssSelector("#readme-diff .line-removed"))).anyMatch(l -> l.contains("sarcasm"));
    }

    @Test
    void theFromAndToSelectorsChooseWhatIsCompared() {
        ui.open("/compare?model=churn");
        new Select(ui.browser().findElement(By.id("from"))).selectByValue("1.1.0");
        new Select(ui.browser().findElement(By.id("to"))).selectByValue("1.0.0");
        ui.submit(By.id("compare"));
        assertThat(ui.browser().getCurrentUrl()).contains("from=1.1.0").contains("to=1.0.0");
        WebElement accuracy = ui.browser().findElement(By.cssSelector("#metric-deltas tbody tr"));
        assertThat(accuracy.getAttribute("class")).contains("delta-better");
        assertThat(accuracy.getText()).contains("improved", "+0.0241");
    }

    @Test
    void userTextInTheSummaryAndTheCompareIsShownAsTextAndNeverRuns() {
        for (String page : List.of("/models/hostile/versions/0.2.0", "/compare?model=hostile&from=0.1.0&to=0.2.0")) {
            ui.open(page);
            Object ran = ((JavascriptExecutor) ui.browser()).executeScript("return window.__mcPwned === undefined ? null : 'ran';");
            assertThat(ran).as(page).isNull();
            assertThat(ui.browser().findElements(By.cssSelector("main img[src='x'], main script"))).as(page).isEmpty();
            assertThat(ui.browser().findElement(By.tagName("main")).getText()).as(page).contains("acc" + PAYLOAD)
                    .contains("sst" + SCRIPT + PAYLOAD);
        }
        ui.open("/models/hostile/versions/0.2.0");
        assertThat(ui.browser().findElement(By.cssSelector("#summary-licence .value")).getText()).isEqualTo("mit" + PAYLOAD);
    }

    @Test
    void theNewPagesCarryTheUiContentSecurityPolicy() {
        for (String page : List.of("/models/sentiment/versions/1.0.0", "/compare?model=churn", "/compare?model=churn&from=1.0.0&to=1.1.0",
                "/models/sentiment/versions/1.0.0/download/card.html", "/compare", "/models/sentiment/versions/1.0.0/download/x")) {
            HttpResponse<String> r = ui.send("GET", page, ui.sessionCookie(), null);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page).hasValue(SecurityHeaders.UI_CSP);
        }
    }

    @Test
    void anUnknownDownloadAndAMissingModelAreRefusedWithWhatToDo() {
        HttpResponse<String> file = ui.send("GET", "/models/sentiment/versions/1.0.0/download/x", ui.sessionCookie(), null);
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(file.body()).contains("choose README.md, card.html or card.json");
        HttpResponse<String> compare = ui.send("GET", "/compare", ui.sessionCookie(), null);
        assertThat(compare.statusCode()).isEqualTo(400);
        assertThat(compare.body()).contains("say which model to compare");
    }

    @Test
    void theModelPageShowsThePublishedVersionsSummary() {
        ui.open("/models/sentiment");
        assertThat(ui.browser().findElement(By.id("published-card")).getAttribute("href")).endsWith("/models/sentiment/versions/1.0.0");
        assertThat(ui.browser().findElement(By.cssSelector("#summary-licence .value")).getText()).isEqualTo("apache-2.0");
    }
}
