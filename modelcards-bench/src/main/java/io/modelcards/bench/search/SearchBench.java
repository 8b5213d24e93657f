package io.modelcards.bench.search;

import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.search.SearchIndex;
import io.modelcards.registry.search.SearchQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The registry's search over many cards: generates CARDS cards ({@link GeneratedCards}), writes them into a fresh
 * embedded H2 database ({@link Seeding}) and, unless told not to, into a fresh embedded PostgreSQL, times the search
 * index's build from the database when it opens, then on each times QUERIES first pages (20 hits) of each kind of
 * search after as many for warm-up: a metric threshold ({@code metric:accuracy>=T}, half on a named dataset/split, half
 * sorted by metric), free text (one to three words drawn from the cards' vocabulary, all of which must occur), and a
 * quoted phrase of two adjacent words from a card. It also times single uploads and the search after each (which applies
 * it to the index), and prints the sizes of the index folder and the H2 file. Prints p50 and p95 in ms.
 *
 * <p>Usage: {@code SearchBench [CARDS (100000)] [QUERIES (300)] [DIR (a temporary folder, removed after)] [PG (1; 0: H2
 * only; only: PostgreSQL only)]}.
 * Last line: {@code bench: registry-search cards=N metric_p95_ms=X text_p95_ms=Y target_ms=50 pg_metric_p95_ms=X
 * pg_text_p95_ms=Y} (the first two H2's; the PostgreSQL figures 0 when it was not run).
 */
public final class SearchBench {
    private static final int UPLOADS = 100;

    private SearchBench() {}

    /** The latency percentiles of one kind of query, in milliseconds, and the hits their first pages held. */
    record Stats(double p50, double p95, double max, long hits, String slowest) {}

    /** What one run on one database measured. */
    record Result(int cards, double seedSeconds, Stats metric, Stats text, Stats phrase, Seeding.UploadCost upload) {}

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("registry-search-");
        String pgArg = args.length > 3 ? args[3] : "1";
        boolean pg = !pgArg.equals("0");
        try {
            Result h2 = pgArg.equals("only") ? null : h2(dir, cards, queries);
            Result p = null;
            if (pg) {
                try (EmbeddedPg server = EmbeddedPg.start(); Database db = Database.open(server.url())) {
                    p = run(db, "PostgreSQL", dir.resolve("pg-index"), cards, queries, System.out);
                }
            }
            System.out.printf(Locale.ROOT, "bench: registry-search cards=%d metric_p95_ms=%.2f text_p95_ms=%.2f target_ms=50"
                    + " pg_metric_p95_ms=%.2f pg_text_p95_ms=%.2f%n", cards, h2 == null ? 0 : h2.metric().p95(),
                    h2 == null ? 0 : h2.text().p95(),
                    p == null ? 0 : p.metric().p95(), p == null ? 0 : p.text().p95());
        } finally {
            if (args.length <= 2) {
                delete(dir);
            }
        }
    }

    private static Result h2(Path dir, int cards, int queries) throws IOException {
        Result h2;
        try (Database db = Database.embedded(dir)) {
            h2 = run(db, "H2", dir.resolve("h2-index"), cards, queries, System.out);
            System.out.printf(Locale.ROOT, "H2 file while open: %.1f MB%n", size(dir) / 1e6);
        }
        System.out.printf(Locale.ROOT, "H2 file after close: %.1f MB%n", size(dir) / 1e6);
        try (Database db = Database.embedded(dir)) {
            // What the data needs: a plain close compacts for at most MAX_COMPACT_TIME (200 ms by default).
            db.jdbi().useHandle(h -> h.execute("SHUTDOWN COMPACT"));
        } catch (RuntimeException e) {
            // The pool finds its connection closed by the shutdown: expected.
        }
        System.out.printf(Locale.ROOT, "H2 file after SHUTDOWN COMPACT: %.1f MB%n", size(dir) / 1e6);
        return h2;
    }

    /**
     * Seeds {@code cards} cards into {@code db}, builds the index in {@code indexDir}, times {@code queries} queries of each
     * kind and a few single uploads.
     */
    static Result run(Database db, String label, Path indexDir, int cards, int queries, PrintStream out) throws IOException {
        long start = System.nanoTime();
        Seeding.seed(db, cards);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "java %s, %s, %,d cards written in %.1f s%n", System.getProperty("java.version"), label, cards,
                seedSeconds);
        Stats m;
        Stats t;
        Stats p;
        Seeding.UploadCost u;
        start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(db, indexDir)) {
            out.printf(Locale.ROOT, "%s search index built in %.1f s%n", label, (System.nanoTime() - start) / 1e9);
            SplittableRandom rnd = new SplittableRandom(Seeding.SEED);
            m = time(index, queries, () -> metricQuery(rnd));
            t = time(index, queries, () -> textQuery(rnd));
            p = time(index, queries, () -> phraseQuery(rnd, cards));
            print(out, label, "metric threshold", m, queries);
            print(out, label, "free text", t, queries);
            print(out, label, "phrase", p, queries);
            u = Seeding.uploads(db, index, cards, Math.min(UPLOADS, Math.max(1, cards / 10)));
        }
        out.printf(Locale.ROOT, "%s single upload: %.2f ms (catalog and audit entry); the search after it %.2f ms (applies it),"
                + " a search with nothing to apply %.2f ms%n", label, u.uploadMs(), u.searchAfterMs(), u.searchMs());
        out.printf(Locale.ROOT, "%s search index folder: %.1f MB%n", label, folderSize(indexDir) / 1e6);
        return new Result(cards, seedSeconds, m, t, p, u);
    }

    private static void print(PrintStream out, String label, String kind, Stats s, int queries) {
        out.printf(Locale.ROOT, "%s %s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%s), %.1f hits per page%n", label, kind, s.p50(),
                s.p95(), s.max(), s.slowest(), (double) s.hits() / queries);
    }

    private static SearchQuery metricQuery(SplittableRandom rnd) {
        double threshold = 0.6 + rnd.nextInt(40) / 100.0;
        List<String> evals = GeneratedCards.EVAL_DATASETS;
        String at = rnd.nextBoolean() ? "" : "@" + evals.get(rnd.nextInt(evals.size())) + "/test";
        String sort = rnd.nextBoolean() ? "" : " sort:-metric";
        return parse(String.format(Locale.ROOT, "metric:accuracy>=%.2f%s%s", threshold, at, sort));
    }

    private static SearchQuery textQuery(SplittableRandom rnd) {
        int n = 1 + rnd.nextInt(3);
        return parse(String.join(" ", Stream.generate(() -> GeneratedCards.word(GeneratedCards.zipf(rnd))).limit(n).toList()));
    }

    private static SearchQuery phraseQuery(SplittableRandom rnd, int cards) {
        List<String> words = GeneratedCards.summaryWords(rnd.nextInt(cards), Seeding.SEED);
        int at = rnd.nextInt(words.size() - 1);
        return parse("\"" + words.get(at) + " " + words.get(at + 1) + "\"");
    }

    private static SearchQuery parse(String text) {
        try {
            return SearchQuery.parse(text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the benchmark wrote a bad query: " + e.getMessage(), e);
        }
    }

    /** Runs {@code n} queries to warm up, then times {@code n} more. */
    private static Stats time(SearchIndex search, int n, Supplier<SearchQuery> make) {
        List<SearchQuery> all = new ArrayList<>();
        for (int i = 0; i < 2 * Math.max(n, 1); i++) {
            all.add(make.get());
        }
        all.subList(0, n).forEach(search::search);
        List<SearchQuery> timed = all.subList(n, all.size());
        double[] ms = new double[timed.size()];
        long hits = 0;
        String slowest = "";
        double worst = -1;
        for (int i = 0; i < timed.size(); i++) {
            long start = System.nanoTime();
            hits += search.search(timed.get(i)).items().size();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (ms[i] > worst) {
                worst = ms[i];
                slowest = timed.get(i).text();
            }
        }
        Arrays.sort(ms);
        return new Stats(percentile(ms, 0.50), percentile(ms, 0.95), ms[ms.length - 1], hits, slowest);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long size(Path dir) throws IOException {
        Path file = dir.resolve("registry.mv.db");
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
