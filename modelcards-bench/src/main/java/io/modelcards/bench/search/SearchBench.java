package io.modelcards.bench.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.search.Search;
import io.modelcards.registry.search.SearchIndex;
import io.modelcards.registry.search.SearchQuery;
import io.modelcards.registry.workflow.State;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The registry's search over many cards: generates CARDS cards ({@link GeneratedCards}), indexes them through
 * {@link SearchIndex} into a fresh embedded H2 database, then times QUERIES first pages (20 hits) of a metric-threshold
 * search ({@code metric:accuracy>=T}, half of them on a named dataset/split) and of a free-text search (one or two
 * words drawn from the cards' vocabulary), after a warm-up. Prints p50 and p95 of each in milliseconds.
 *
 * <p>Usage: {@code SearchBench [CARDS (100000)] [QUERIES (300)] [DIR (a temporary folder, removed after)]}.
 * Last line: {@code bench: registry-search cards=N metric_p95_ms=X text_p95_ms=Y target_ms=50}.
 */
public final class SearchBench {
    private static final long SEED = 42;
    private static final int CHUNK = 1000;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final State[] STATES = State.values();

    private SearchBench() {}

    /** The latency percentiles of one kind of query, in milliseconds, and the hits their first pages held. */
    record Stats(double p50, double p95, double max, long hits, String slowest) {}

    /** What one run measured. */
    record Result(int cards, double seedSeconds, Stats metric, Stats text) {}

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("registry-search-");
        try {
            Result r = run(dir, cards, queries, System.out);
            System.out.printf(Locale.ROOT, "bench: registry-search cards=%d metric_p95_ms=%.2f text_p95_ms=%.2f target_ms=50%n",
                    r.cards(), r.metric().p95(), r.text().p95());
        } finally {
            if (args.length <= 2) {
                delete(dir);
            }
        }
    }

    /** Seeds {@code cards} cards into a database in {@code dir} and times {@code queries} queries of each kind. */
    static Result run(Path dir, int cards, int queries, PrintStream out) throws InvalidInputException {
        try (Database db = Database.embedded(dir)) {
            long start = System.nanoTime();
            seed(db, cards);
            double seedSeconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "java %s, H2, %,d cards indexed in %.1f s%n", System.getProperty("java.version"), cards, seedSeconds);
            Search search = new Search(db);
            SplittableRandom rnd = new SplittableRandom(SEED);
            List<SearchQuery> metric = queries(Math.max(queries, 1) * 2, i -> metricQuery(rnd));
            List<SearchQuery> text = queries(Math.max(queries, 1) * 2, i -> textQuery(rnd));
            // The first half of each list warms the JIT and the database's caches; the second half is timed.
            Stats m = time(search, metric.subList(0, queries), metric.subList(queries, metric.size()));
            Stats t = time(search, text.subList(0, queries), text.subList(queries, text.size()));
            out.printf(Locale.ROOT, "metric threshold (e.g. %s): p50 %.2f ms, p95 %.2f ms, max %.2f ms (%s), %.1f hits per page%n",
                    metric.get(queries).text(), m.p50(), m.p95(), m.max(), m.slowest(), (double) m.hits() / queries);
            out.printf(Locale.ROOT, "free text (e.g. %s): p50 %.2f ms, p95 %.2f ms, max %.2f ms (%s), %.1f hits per page%n",
                    text.get(queries).text(), t.p50(), t.p95(), t.max(), t.slowest(), (double) t.hits() / queries);
            return new Result(cards, seedSeconds, m, t);
        }
    }

    private static void seed(Database db, int cards) {
        for (int from = 0; from < cards; from += CHUNK) {
            int to = Math.min(cards, from + CHUNK);
            int first = from;
            db.jdbi().useTransaction(h -> {
                List<ModelCard> chunk = new ArrayList<>();
                for (int i = first; i < to; i++) {
                    chunk.add(GeneratedCards.card(i, SEED));
                }
                catalogRows(h, first, chunk);
                SearchIndex index = SearchIndex.within(h);
                for (int i = first; i < to; i++) {
                    ModelCard card = chunk.get(i - first);
                    index.index(name(i), "1.0", card, ContentHash.of(card), T0.plusSeconds(i));
                }
            });
        }
    }

    /** The model and version rows the index refers to, written in bulk as the catalog would have written them. */
    private static void catalogRows(Handle h, int first, List<ModelCard> chunk) {
        PreparedBatch models = h.prepareBatch("INSERT INTO models (id, name, created_at, created_by) VALUES (:id, :name, :at, 'bench')");
        PreparedBatch versions = h.prepareBatch("INSERT INTO versions (id, model_id, version, state, current_revision, created_at,"
                + " created_by) VALUES (:id, :id, '1.0', :state, :rev, :at, 'bench')");
        for (int k = 0; k < chunk.size(); k++) {
            int i = first + k;
            models.bind("id", i + 1).bind("name", name(i)).bind("at", Rows.instant(T0)).add();
            versions.bind("id", i + 1).bind("state", STATES[i % STATES.length].id()).bind("rev", ContentHash.of(chunk.get(k)).toString())
                    .bind("at", Rows.instant(T0)).add();
        }
        models.execute();
        versions.execute();
    }

    /** Model names whose alphabetical order is not the order they were created in. */
    static String name(int i) {
        return GeneratedCards.word((int) ((i * 7919L) % GeneratedCards.VOCABULARY)) + "-" + i;
    }

    private static SearchQuery metricQuery(SplittableRandom rnd) {
        double threshold = 0.6 + rnd.nextInt(40) / 100.0;
        List<String> evals = GeneratedCards.EVAL_DATASETS;
        String at = rnd.nextBoolean() ? "" : "@" + evals.get(rnd.nextInt(evals.size())) + "/test";
        return parse(String.format(Locale.ROOT, "metric:accuracy>=%.2f%s", threshold, at));
    }

    private static SearchQuery textQuery(SplittableRandom rnd) {
        String first = GeneratedCards.word(GeneratedCards.zipf(rnd));
        String words = rnd.nextBoolean() ? first : first + " " + GeneratedCards.word(GeneratedCards.zipf(rnd));
        return parse(words);
    }

    private static SearchQuery parse(String text) {
        try {
            return SearchQuery.parse(text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the benchmark wrote a bad query: " + e.getMessage(), e);
        }
    }

    private static List<SearchQuery> queries(int n, IntFunction<SearchQuery> make) {
        List<SearchQuery> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(make.apply(i));
        }
        return out;
    }

    private static Stats time(Search search, List<SearchQuery> warmup, List<SearchQuery> timed) {
        warmup.forEach(search::run);
        double[] ms = new double[timed.size()];
        long hits = 0;
        String slowest = "";
        double worst = -1;
        for (int i = 0; i < timed.size(); i++) {
            long start = System.nanoTime();
            hits += search.run(timed.get(i)).items().size();
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

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
