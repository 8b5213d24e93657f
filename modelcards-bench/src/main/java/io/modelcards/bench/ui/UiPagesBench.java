package io.modelcards.bench.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.modelcards.bench.search.Seeding;
import io.modelcards.registry.db.Database;
import io.modelcards.server.RegistryServer;
import io.modelcards.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The web UI over many cards: seeds CARDS generated cards into a fresh embedded H2 registry (the search benchmark's
 * {@link Seeding}), starts the real server on a free loopback port, signs in through the form as the first admin, and
 * times REQUESTS page loads of each kind after as many for warm-up, one at a time on a keep-alive connection: the models
 * list with a filter (a metric threshold and a status, a different threshold each time), and a card page (a random model
 * each time). The time is the client's, from request to the last byte on loopback, so it bounds the server's time from
 * above. It also weighs a card page with what it loads (the HTML with its inline SVG charts, and the stylesheets).
 *
 * <p>Usage: {@code UiPagesBench [CARDS (100000)] [REQUESTS (300)]}. Last line: {@code bench: ui-pages cards=N
 * list_p95_ms=X card_p95_ms=Y target_ms=50 card_page_kb=Z target_kb=300}.
 */
public final class UiPagesBench {
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    private UiPagesBench() {}

    /** Percentiles of one kind of page, in milliseconds, and the largest page's bytes. */
    record Stats(double p50, double p95, double max, long maxBytes) {}

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path home = Files.createTempDirectory("ui-pages-");
        try {
            long t0 = System.nanoTime();
            try (Database db = Database.embedded(home)) {
                Seeding.seed(db, cards);
            }
            System.out.printf(Locale.ROOT, "seeded %d cards in %.1f s%n", cards, (System.nanoTime() - t0) / 1e9);
            try (RegistryServer server = RegistryServer.start(ServerConfig.defaults(home).withPort(0))) {
                String admin = Files.readString(server.adminTokenFile().orElseThrow()).strip();
                Browser browser = Browser.signIn("http://127.0.0.1:" + server.port(), admin);
                SplittableRandom rnd = new SplittableRandom(42);
                long first = System.nanoTime();
                browser.get(list(rnd));
                System.out.printf(Locale.ROOT, "first list (opens the search index over %d cards): %.0f ms%n", cards,
                        (System.nanoTime() - first) / 1e6);
                Stats list = time(browser, requests, i -> list(rnd));
                Stats card = time(browser, requests, i -> card(rnd, cards));
                String page = browser.get(card(rnd, cards)).body();
                long weight = page.getBytes(UTF_8).length;
                Matcher m = STYLESHEET.matcher(page);
                while (m.find()) {
                    weight += browser.get(m.group(1).replace("&amp;", "&")).body().getBytes(UTF_8).length;
                }
                print("models list, metric and status filter", list);
                print("card page", card);
                System.out.printf(Locale.ROOT, "card page with its stylesheets: %.1f KB (the HTML %.1f KB, charts inline)%n",
                        weight / 1024.0, page.getBytes(UTF_8).length / 1024.0);
                System.out.printf(Locale.ROOT, "bench: ui-pages cards=%d list_p95_ms=%.2f card_p95_ms=%.2f target_ms=50"
                        + " card_page_kb=%.1f target_kb=300%n", cards, list.p95(), card.p95(), weight / 1024.0);
            }
        } finally {
            delete(home);
        }
    }

    private static String list(SplittableRandom rnd) {
        String threshold = String.format(Locale.ROOT, "%.2f", 0.5 + 0.45 * rnd.nextDouble());
        String[] states = {"published", "approved", "in_review", "draft"};
        return "/?status=" + states[rnd.nextInt(states.length)] + "&metric=" + enc("accuracy>=" + threshold);
    }

    private static String card(SplittableRandom rnd, int cards) {
        return "/models/" + Seeding.name(rnd.nextInt(cards)) + "/versions/1.0";
    }

    private static Stats time(Browser browser, int n, IntFunction<String> path) {
        for (int i = 0; i < n; i++) {
            browser.get(path.apply(i));
        }
        double[] ms = new double[n];
        long maxBytes = 0;
        for (int i = 0; i < n; i++) {
            String p = path.apply(i);
            long start = System.nanoTime();
            HttpResponse<String> r = browser.get(p);
            ms[i] = (System.nanoTime() - start) / 1e6;
            maxBytes = Math.max(maxBytes, r.body().length());
        }
        Arrays.sort(ms);
        return new Stats(ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1], maxBytes);
    }

    private static void print(String what, Stats s) {
        System.out.printf(Locale.ROOT, "%-40s p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  largest %.1f KB%n", what, s.p50(), s.p95(),
                s.max(), s.maxBytes() / 1024.0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A signed-in session on the server: GETs with its cookie, each checked to answer 200. */
    private record Browser(HttpClient client, String base, String cookie) {
        static Browser signIn(String base, String token) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + enc(token))).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = r.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';')))
                    .orElseThrow(() -> new IllegalStateException("sign-in answered " + r.statusCode() + " without a session"));
            return new Browser(client, base, cookie);
        }

        HttpResponse<String> get(String path) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString(UTF_8));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
