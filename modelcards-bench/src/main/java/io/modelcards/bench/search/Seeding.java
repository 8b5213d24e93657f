package io.modelcards.bench.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.catalog.CurrentCard;
import io.modelcards.registry.catalog.CurrentCardListener;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.search.SearchIndex;
import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills a database with generated cards for the search benchmark, and measures what one upload's indexing costs.
 * Seeding writes the catalog rows in bulk, as the catalog would have, and the index through
 * {@link SearchIndex#indexNew} a chunk at a time; uploads go through the catalog with and without the index listener.
 */
final class Seeding {
    static final long SEED = 42;
    private static final int CHUNK = 2000;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final State[] STATES = State.values();
    private static final List<String> INDEX_TABLES = List.of("search_cards", "search_text", "search_facets", "search_metrics",
            "search_terms");

    private Seeding() {}

    /** What single uploads cost: milliseconds each with and without indexing, and the index rows each wrote. */
    record UploadCost(double indexedMs, double plainMs, double rows) {}

    /** Writes cards {@code 0..cards-1} as version 1.0 of models {@link #name}, indexed. */
    static void seed(Database db, int cards) {
        for (int from = 0; from < cards; from += CHUNK) {
            int to = Math.min(cards, from + CHUNK);
            int first = from;
            db.jdbi().useTransaction(h -> {
                List<CurrentCard> chunk = new ArrayList<>();
                for (int i = first; i < to; i++) {
                    ModelCard card = GeneratedCards.card(i, SEED);
                    chunk.add(new CurrentCard(i + 1, name(i), "1.0", card, ContentHash.of(card), T0.plusSeconds(i)));
                }
                catalogRows(h, chunk);
                SearchIndex.within(h).indexNew(chunk);
            });
        }
    }

    /** The model and version rows the index refers to, written in bulk as the catalog would have written them. */
    private static void catalogRows(Handle h, List<CurrentCard> chunk) {
        PreparedBatch models = h.prepareBatch("INSERT INTO models (id, name, created_at, created_by) VALUES (:id, :name, :at, 'bench')");
        PreparedBatch versions = h.prepareBatch("INSERT INTO versions (id, model_id, version, state, current_revision, created_at,"
                + " created_by) VALUES (:id, :id, '1.0', :state, :rev, :at, 'bench')");
        for (CurrentCard c : chunk) {
            models.bind("id", c.versionId()).bind("name", c.model()).bind("at", Rows.instant(T0)).add();
            versions.bind("id", c.versionId()).bind("state", STATES[(int) (c.versionId() % STATES.length)].id())
                    .bind("rev", c.revision().toString()).bind("at", Rows.instant(T0)).add();
        }
        models.execute();
        versions.execute();
        // Later uploads through the catalog take ids from the sequences: start them after the seeded rows.
        long next = chunk.get(chunk.size() - 1).versionId() + 1;
        h.execute("ALTER TABLE models ALTER COLUMN id RESTART WITH " + next);
        h.execute("ALTER TABLE versions ALTER COLUMN id RESTART WITH " + next);
    }

    /**
     * Uploads {@code n} new cards (numbers from {@code first}) through the catalog, each its own transaction, once with the
     * search index listening and once (other cards) without; the mean time of each and the index rows per upload.
     */
    static UploadCost uploads(Database db, int first, int n) {
        long rowsBefore = indexRows(db);
        double indexed = upload(db, first, n, SearchIndex.LISTENER);
        double rows = (double) (indexRows(db) - rowsBefore) / n;
        double plain = upload(db, first + n, n, CurrentCardListener.NONE);
        return new UploadCost(indexed, plain, rows);
    }

    private static double upload(Database db, int first, int n, CurrentCardListener listener) {
        Catalog catalog = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC), listener);
        long total = 0;
        for (int i = first; i < first + n; i++) {
            ModelCard card = GeneratedCards.card(i, SEED);
            catalog.createModel(name(i), "bench");
            catalog.createVersion(name(i), "1.0", "bench");
            long start = System.nanoTime();
            catalog.upload(name(i), "1.0", card, "bench");
            total += System.nanoTime() - start;
        }
        return total / 1e6 / n;
    }

    private static long indexRows(Database db) {
        return db.jdbi().withHandle(h -> INDEX_TABLES.stream()
                .mapToLong(t -> h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()).sum());
    }

    /** Model names whose alphabetical order is not the order they were created in. */
    static String name(int i) {
        return GeneratedCards.word((int) ((i * 7919L) % GeneratedCards.VOCABULARY)) + "-" + i;
    }
}
