package io.modelcards.server.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import io.modelcards.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI tests' harness: a {@link RegistryServer} on a free port with an H2 database in a fresh home, users and
 * cards seeded through the REST API, and one headless Chromium (Debian's {@code chromium} and {@code chromedriver},
 * never downloaded) that signs in through the form. Start one per test class (the browser takes seconds) and close it.
 */
public final class UiHarness implements AutoCloseable {
    /** The browser binary the tests drive. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Its driver. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final RegistryServer server;
    private final String admin;
    private final Path profile;
    private final WebDriver browser;

    private UiHarness(Path home, RegistryServer server, String admin, Path profile, WebDriver browser) {
        this.home = home;
        this.server = server;
        this.admin = admin;
        this.profile = profile;
        this.browser = browser;
    }

    /** Starts a server (default settings, any free port) and a browser; fails with the install command without Chromium. */
    public static UiHarness start() {
        return start(false);
    }

    /** {@link #start()}, with anonymous reads allowed if {@code anonymousRead}. */
    public static UiHarness start(boolean anonymousRead) {
        return start(anonymousRead, true);
    }

    /**
     * A server only, without a browser (for tests that need nothing but HTTP: {@link #browser()} is then unusable),
     * with anonymous reads allowed if {@code anonymousRead}.
     */
    public static UiHarness serverOnly(boolean anonymousRead) {
        return start(anonymousRead, false);
    }

    private static UiHarness start(boolean anonymousRead, boolean withBrowser) {
        if (withBrowser && (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER))) {
            throw new IllegalStateException("the web UI tests need Debian's chromium and its driver: run"
                    + " apt-get install -y chromium chromium-driver");
        }
        try {
            Path home = Files.createTempDirectory("mc-ui-home");
            RegistryServer server = RegistryServer.start(ServerConfig.defaults(home).withPort(0).withAnonymousRead(anonymousRead));
            String admin = Files.readString(server.adminTokenFile().orElseThrow()).strip();
            Path profile = Files.createTempDirectory("mc-ui-chromium");
            try {
                return new UiHarness(home, server, admin, profile, withBrowser ? browser(profile) : null);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver browser(Path profile) {
        // Set so that Selenium Manager never looks for (or downloads) a driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The server's base URL. */
    public String url() {
        return server.url();
    }

    /** The browser. */
    public WebDriver browser() {
        return browser;
    }

    /** The first admin's token. */
    public String adminToken() {
        return admin;
    }

    /** Opens {@code path} of the server in the browser. */
    public void open(String path) {
        browser.get(url() + path);
    }

    /** Adds user {@code name} with {@code role} as the admin and returns a fresh token for it. */
    public String addUser(String name, String role) {
        api("POST", "/api/v1/users", admin, Map.of("name", name, "role", role), 201);
        return api("POST", "/api/v1/users/" + name + "/tokens", admin, null, 201).get("token").asText();
    }

    /** Creates {@code model} (if new) and its {@code version} as {@code author}, with the example card: a draft. */
    public void draft(String author, String model, String version, String summary) {
        if (call("GET", "/api/v1/models/" + model, author, null).statusCode() == 404) {
            api("POST", "/api/v1/models", author, Map.of("name", model), 201);
        }
        api("POST", "/api/v1/models/" + model + "/versions", author, Map.of("version", version), 201);
        ModelCard card = Fixtures.card("classifier-sentiment");
        String json = CardCodec.toJson(card.withDetails(card.details().withSummary(summary)));
        HttpResponse<String> r = send(request("PUT", versionPath(model, version) + "/card", author)
                .header("Content-Type", "application/json").method("PUT", HttpRequest.BodyPublishers.ofString(json)));
        check(r, 200);
    }

    /** Creates {@code model} (if new) and its {@code version} as {@code author}, with {@code card}: a draft. */
    public void draft(String author, String model, String version, ModelCard card) {
        if (call("GET", "/api/v1/models/" + model, author, null).statusCode() == 404) {
            api("POST", "/api/v1/models", author, Map.of("name", model), 201);
        }
        api("POST", "/api/v1/models/" + model + "/versions", author, Map.of("version", version), 201);
        HttpResponse<String> r = send(request("PUT", versionPath(model, version) + "/card", author)
                .header("Content-Type", "application/json").method("PUT", HttpRequest.BodyPublishers.ofString(CardCodec.toJson(card))));
        check(r, 200);
    }

    /** A draft made by {@link #draft}, submitted by the author, approved by {@code reviewer}, and published. */
    public void published(String author, String reviewer, String model, String version, String summary) {
        draft(author, model, version, summary);
        String v = versionPath(model, version);
        api("POST", v + "/submit", author, null, 200);
        api("POST", v + "/approve", reviewer, Map.of(), 200);
        api("POST", v + "/publish", author, null, 200);
    }

    /** Revokes every token of {@code user} through the API as the admin. */
    public void revokeTokens(String user) {
        for (JsonNode t : api("GET", "/api/v1/users/" + user + "/tokens", admin, null, 200).get("items")) {
            check(call("DELETE", "/api/v1/tokens/" + t.get("id").asText(), admin, null), 204);
        }
    }

    /** The version's workflow state, read through the API as the admin. */
    public String state(String model, String version) {
        return api("GET", versionPath(model, version), admin, null, 200).at("/version/state").asText();
    }

    /** Signs in through the form with {@code token}; the browser then shows the models list. */
    public void signIn(String token) {
        open("/sign-in");
        browser.findElement(By.id("token")).sendKeys(token);
        submit(By.id("sign-in"));
    }

    /** Clicks the element {@code button} finds and waits until the page it leads to has replaced this one. */
    public void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        // Gone once the next page replaced it. Mid-navigation Chromium may answer "node does not belong to the document"
        // instead of a stale-element error: that also means the old page is gone.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        });
    }

    /** Signs out through the header's form. */
    public void signOut() {
        submit(By.id("sign-out"));
    }

    /** The browser's session cookie value, or null when it has none. */
    public String sessionCookie() {
        Cookie c = browser.manage().getCookieNamed("mc_session");
        return c == null ? null : c.getValue();
    }

    /** The CSRF token the current page's forms carry (the sign-out form's). */
    public String csrfOnPage() {
        return browser.findElement(By.cssSelector("form[action='/sign-out'] input[name='_csrf']")).getAttribute("value");
    }

    /** Sends {@code method path} outside the browser with {@code cookie} as the session, {@code form} url-encoded. */
    public HttpResponse<String> send(String method, String path, String cookie, Map<String, String> form) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            b.header("Cookie", "mc_session=" + cookie);
        }
        if (form == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(b);
    }

    /** Stops the browser and the server and deletes their folders. */
    @Override
    public void close() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            server.close();
            delete(profile);
            delete(home);
        }
    }

    private JsonNode api(String method, String path, String token, Map<String, String> body, int status) {
        HttpResponse<String> r = call(method, path, token, body);
        check(r, status);
        try {
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> call(String method, String path, String token, Map<String, String> body) {
        HttpRequest.Builder b = request(method, path, token);
        try {
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new LinkedHashMap<>(body))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(b);
    }

    private HttpRequest.Builder request(String method, String path, String token) {
        return HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + " answered " + r.statusCode()
                    + ": " + r.body());
        }
    }

    private static String versionPath(String model, String version) {
        return "/api/v1/models/" + model + "/versions/" + version;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temp folder is harmless; the test's verdict stands.
        }
    }

    /** The values of {@code elements}' text, in order: a convenience for assertions on lists and tables. */
    public List<String> texts(By elements) {
        return browser.findElements(elements).stream().map(e -> e.getText()).toList();
    }
}
