package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the web UI at a laptop's width (1280 px) and a phone's (420 px, as a mobile device): nothing is wider
 * than the screen, and a screenshot of each is saved under {@code target/screenshots} (with
 * {@code -Dscreenshots.dir=docs/screenshots}, there: the README shows those).
 */
class ScreenshotsBrowserTest {
    private static final int[] WIDTHS = {1280, 420};
    private static final long MAX_HEIGHT = 1600;
    private static UiHarness ui;

    @BeforeAll
    static void start() {
        ui = UiHarness.start();
        String ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        ui.published(ann, rita, "sentiment", "1.0.0", "Classifies the sentiment of product reviews as positive or negative.");
        ui.draft(ann, "sentiment", "1.1.0", "Classifies the sentiment of product reviews, retrained on 2026 data.");
        ui.published(ann, rita, "toxicity", "0.3.0", "Flags toxic comments for moderators to review.");
        ui.draft(ann, "churn", "0.1.0", "Predicts which subscribers will cancel next month.");
        ui.signIn(rita);
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void noPageIsWiderThanALaptopOrAPhoneScreenAndEachIsPhotographed() throws IOException {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(out);
        List<String> tooWide = new ArrayList<>();
        for (int width : WIDTHS) {
            emulate(width);
            for (Map.Entry<String, String> page : pages().entrySet()) {
                ui.open(page.getValue());
                long scroll = ((Number) ((JavascriptExecutor) ui.browser())
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                if (scroll > width) {
                    tooWide.add(page.getKey() + " at " + width + " px is " + scroll + " px wide");
                }
                byte[] png = screenshot((int) Math.max(width, scroll));
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(image.getWidth()).as(page.getKey()).isEqualTo((int) Math.max(width, scroll));
                Files.write(out.resolve(page.getKey() + "-" + width + ".png"), png);
            }
        }
        assertThat(tooWide).isEmpty();
    }

    /** The pages to show, by the name their screenshots take. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("models", "/");
        pages.put("model", "/models/sentiment");
        pages.put("card", "/models/sentiment/versions/1.0.0");
        pages.put("draft", "/models/sentiment/versions/1.1.0");
        pages.put("compare", "/compare?model=sentiment&from=1.0.0&to=1.1.0");
        pages.put("audit", "/audit");
        return pages;
    }

    private static void emulate(int width) {
        ((ChromeDriver) ui.browser()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 800));
        // A long page's scroll bar would take its width off the picture.
        ((ChromeDriver) ui.browser()).executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    }

    /** The page {@code width} wide, down to {@value #MAX_HEIGHT} px (a card page goes on much longer: the top says enough). */
    private static byte[] screenshot(int width) {
        long height = ((Number) ((JavascriptExecutor) ui.browser())
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, MAX_HEIGHT), "scale", 1);
        Map<String, Object> shot = ((ChromeDriver) ui.browser()).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
