package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core on every page of the web UI, signed out and signed in, at laptop and phone widths: no serious or critical
 * violation. A page with a known violation added in the browser shows that the check can fail.
 */
class AccessibilityBrowserTest {
    private static UiHarness ui;
    private static String ann;

    @BeforeAll
    static void start() {
        ui = UiHarness.start();
        ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of reviews.");
        ui.draft(ann, "sentiment", "1.1.0", "Classifies the sentiment of reviews, retrained.");
        ui.draft(ann, "toxicity", "0.1.0", "Flags toxic comments.");
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theCheckFindsAButtonWithoutAName() {
        ui.browser().manage().deleteAllCookies();
        ui.open("/sign-in");
        ((JavascriptExecutor) ui.browser()).executeScript(
                "const b = document.createElement('button'); document.querySelector('main').appendChild(b);");
        assertThat(Axe.blocking(ui.browser())).anySatisfy(v -> assertThat(v).startsWith("button-name (critical"));
    }

    @Test
    void noPageHasASeriousOrCriticalViolationAtLaptopOrPhoneWidth() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (int width : new int[] {1280, 420}) {
            ui.browser().manage().window().setSize(new Dimension(width, 900));
            ui.browser().manage().deleteAllCookies();
            check(found, width, "/sign-in");
            check(found, width, "/models/nowhere");
            ui.signIn(ann);
            for (String path : pages()) {
                check(found, width, path);
            }
        }
        ui.browser().manage().window().setSize(new Dimension(1280, 900));
        assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }

    /** The pages a signed-in author reaches: lists, a filtered search, models, published and draft cards, a refusal. */
    private static List<String> pages() {
        return List.of("/", "/?q=sentiment&status=published", "/?q=status:", "/models/sentiment", "/models/toxicity",
                "/models/sentiment/versions/1.0.0", "/models/sentiment/versions/1.1.0", "/models/toxicity/versions/0.1.0",
                "/models/sentiment/versions/9.9.9", "/compare?model=sentiment&from=1.0.0&to=1.1.0", "/compare?model=sentiment",
                "/audit", "/audit?model=sentiment");
    }

    private static void check(Map<String, List<String>> found, int width, String path) {
        ui.open(path);
        List<String> v = Axe.blocking(ui.browser());
        if (!v.isEmpty()) {
            found.put(width + " px " + path, v);
        }
    }
}
