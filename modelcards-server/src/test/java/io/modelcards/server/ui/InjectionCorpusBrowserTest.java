package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.modelcards.server.problem.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The injection corpus ({@link Corpus}, at least 40 payloads) placed in card fields (tags, metric and dataset names drawn
 * into the charts, free text, links, custom sections), comments, search queries and page paths, then every page visited
 * in headless Chromium with the content security policy switched off: no payload runs and no markup that could run
 * script reaches a page. Model names cannot carry them: the registry accepts only {@code [a-z0-9._-]} there.
 */
class InjectionCorpusBrowserTest {
    /** Where the payloads go in each card: free text, links, tags, metric and dataset names (charts), custom sections. */
    private static final List<String> FIELDS = List.of("/metadata/license_name", "/metadata/license_link",
            "/metadata/tags/0", "/metadata/tags/1", "/metadata/tags/2", "/metadata/datasets/0", "/metadata/metrics/0",
            "/metadata/base_model/0", "/metadata/model_name", "/metadata/widget/0/text",
            "/metadata/co2_eq_emissions/hardware_used", "/metadata/eval_results/0/task_name",
            "/metadata/eval_results/0/dataset_name", "/metadata/eval_results/0/metric_name",
            "/metadata/eval_results/0/source_name", "/metadata/eval_results/0/source_url",
            "/metadata/eval_results/1/metric_name", "/details/summary", "/details/description", "/details/developers",
            "/details/funded_by", "/details/shared_by", "/details/model_type", "/details/architecture",
            "/details/owners/0/name", "/details/owners/0/contact", "/details/repository", "/details/references/1",
            "/details/citations/0/apa", "/details/card_authors", "/details/contact", "/details/glossary",
            "/details/more_information", "/uses/direct_use", "/uses/out_of_scope_use", "/evaluation/results",
            "/evaluation/quantitative/0/metric", "/evaluation/quantitative/0/dataset",
            "/evaluation/quantitative/2/slice/label", "/evaluation/quantitative/5/slice/channel",
            "/training/training_data", "/training/environment/cpu", "/datasets/0/name",
            "/datasets/0/statistics/columns/0/name", "/datasets/0/statistics/columns/0/top/0/value",
            "/considerations/caveats", "/considerations/ethical_considerations/0/name", "/governance/risk_rationale",
            "/governance/custom_fields/data_owner", "/sections/0/heading", "/sections/0/body");
    private static final int CARDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAYLOADS = Corpus.payloads();
    private static final JsonNode EXAMPLE = example();
    private static UiHarness ui;

    @BeforeAll
    static void seed() {
        ui = UiHarness.start();
        SeedApi api = new SeedApi(ui);
        String ann = ui.addUser("ann", "author");
        String rita = ui.addUser("rita", "reviewer");
        for (int k = 0; k < CARDS; k++) {
            String model = "inject-" + k;
            ui.draft(ann, model, "1.0.0", "placeholder");
            api.putCard(ann, model, "1.0.0", hostileCard(k * 17));
        }
        // A second version of one, with the payloads in other fields, for the compare page.
        ui.draft(ann, "inject-1", "1.1.0", "placeholder");
        api.putCard(ann, "inject-1", "1.1.0", hostileCard(29));
        // One of them the whole way, so that the published pages (and the model page's published card) carry them too:
        // the fields the submit rules refuse (Hub ids, links) get their example values back until it is in review.
        JsonNode published = hostileTree(0);
        for (List<String> refused = api.submit(ann, "inject-0", "1.0.0"); !refused.isEmpty();
                refused = api.submit(ann, "inject-0", "1.0.0")) {
            for (String pointer : refused) {
                set(published, pointer, EXAMPLE.at(pointer).asText());
            }
            api.putCard(ann, "inject-0", "1.0.0", published.toString());
        }
        api.move(rita, "inject-0", "1.0.0", "approve");
        api.move(ann, "inject-0", "1.0.0", "publish");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("text", PAYLOADS.get(i));
            comment.put("pointer", i % 2 == 0 ? "/uses/out_of_scope_use" : null);
            api.comment(rita, "inject-1", "1.0.0", comment);
        }
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theCorpusHoldsAtLeastFortyDistinctPayloads() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @Test
    void theScanSeesAPayloadThatRunsWhenThePolicyIsSwitchedOff() {
        ui.signIn(ui.adminToken());
        PageScan.bypassCsp(ui.browser());
        ui.open("/");
        PageScan.arm(ui.browser());
        ((JavascriptExecutor) ui.browser()).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0])", PAYLOADS.get(1));
        new WebDriverWait(ui.browser(), Duration.ofSeconds(10)).until(b -> !PageScan.findings(b).isEmpty()
                && PageScan.findings(b).get(0).startsWith("payload 2 ran"));
        assertThat(PageScan.findings(ui.browser())).anySatisfy(f -> assertThat(f).startsWith("img has handler onerror"));
    }

    @Test
    void noPayloadRunsOrReachesAnyPageAsMarkup() {
        ui.signIn(ui.adminToken());
        PageScan.bypassCsp(ui.browser());
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : pages()) {
            ui.open(path);
            PageScan.arm(ui.browser());
            ui.open(path);
            List<String> f = PageScan.findings(ui.browser());
            if (!f.isEmpty()) {
                found.put(path, f);
            }
        }
        assertThat(found).as("pages with a payload that ran or markup that could run script").isEmpty();
    }

    @Test
    void thePayloadsReachThePagesAsText() {
        ui.signIn(ui.adminToken());
        ui.open("/models/inject-0/versions/1.0.0");
        String text = ui.browser().findElement(By.tagName("main")).getText();
        // Metadata values are shown as the characters typed (escaped, not dropped by the sanitizer as Markdown HTML is).
        for (String field : List.of("/metadata/license_name", "/metadata/license_link", "/metadata/tags/0")) {
            assertThat(text).as(field).contains(PAYLOADS.get(FIELDS.indexOf(field)));
        }
    }

    @Test
    void everyPageVisitedCarriesTheContentSecurityPolicy() {
        String session = sessionOf(ui.adminToken());
        List<String> missing = new ArrayList<>();
        for (String path : pages()) {
            HttpResponse<String> r = ui.send("GET", path, session, null);
            if (!SecurityHeaders.UI_CSP.equals(r.headers().firstValue("Content-Security-Policy").orElse(null))) {
                missing.add(path + " (" + r.statusCode() + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every page the corpus can reach: lists, searches for each payload, the models' and versions' pages, refusals. */
    private static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/sign-in"));
        for (int k = 0; k < CARDS; k++) {
            pages.add("/models/inject-" + k);
            pages.add("/models/inject-" + k + "/versions/1.0.0");
        }
        for (String p : PAYLOADS) {
            pages.add("/?q=" + enc(p));
            pages.add("/?tag=" + enc(p));
        }
        pages.add("/audit");
        pages.add("/audit?model=inject-1");
        pages.add("/audit?actor=" + enc(PAYLOADS.get(3)) + "&action=" + enc(PAYLOADS.get(4)));
        pages.add("/compare?model=inject-1&from=1.0.0&to=1.1.0");
        pages.add("/compare?model=inject-1&from=1.1.0&to=1.0.0");
        pages.add("/compare?model=inject-1&from=" + enc(PAYLOADS.get(2)) + "&to=1.0.0");
        pages.add("/models/" + enc(PAYLOADS.get(0)));
        pages.add("/models/inject-0/versions/" + enc(PAYLOADS.get(1)));
        return pages;
    }

    /** The example card with every field of {@link #FIELDS} set to a payload, the first one being number {@code offset}. */
    private static String hostileCard(int offset) {
        return hostileTree(offset).toString();
    }

    private static JsonNode hostileTree(int offset) {
        JsonNode card = EXAMPLE.deepCopy();
        for (int i = 0; i < FIELDS.size(); i++) {
            set(card, FIELDS.get(i), PAYLOADS.get((offset + i) % PAYLOADS.size()));
        }
        return card;
    }

    private static JsonNode example() {
        try (InputStream in = InjectionCorpusBrowserTest.class.getResourceAsStream("/cards/full-every-field.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(JsonNode root, String pointer, String value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), TextNode.valueOf(value));
        } else if (parent instanceof ObjectNode o && o.has(last)) {
            o.put(last, value);
        } else {
            throw new IllegalArgumentException("the example card has no field " + pointer);
        }
    }

    private static String sessionOf(String token) {
        ui.signIn(token);
        return ui.sessionCookie();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }
}
