package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored from npm for the tests only, {@code axe/axe.min.js}, MPL-2.0) run on the page a browser shows: the
 * serious and critical violations, one line each. The script goes in through the driver, whose evaluation the page's
 * content security policy does not govern, so the page itself needs no change to be checked.
 */
final class Axe {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = source();
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('error: ' + e));";

    private Axe() {
    }

    /** The serious and critical violations on {@code browser}'s page: rule, impact, and the first offending element. */
    static List<String> blocking(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        String result = String.valueOf(js.executeAsyncScript(RUN));
        if (result.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": " + result);
        }
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode v : JSON.readTree(result)) {
                if (BLOCKING.contains(v.path("impact").asText())) {
                    out.add(v.path("id").asText() + " (" + v.path("impact").asText() + ", " + v.path("nodes").size() + " elements, first "
                            + v.path("nodes").path(0).path("target").toString() + "): " + v.path("help").asText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("axe/axe.min.js")) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
