package io.modelcards.bench.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.Action;
import io.modelcards.registry.audit.AuditChain;
import io.modelcards.registry.audit.AuditEvent;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.audit.Subject;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.search.SearchIndex;
import io.modelcards.registry.search.SearchQuery;
import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills a database with generated cards for the search benchmark, and measures what one upload costs. Seeding writes
 * the catalog rows (model, version, revision) in bulk, as the catalog would have, without audit entries: the search
 * index is then built from them when it opens. Uploads go through the catalog with an audit entry, as a registry write.
 */
public final class Seeding {
    static final long SEED = 42;
    private static final int CHUNK = 2000;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final State[] STATES = State.values();

    private Seeding() {}

    /**
     * What single uploads cost, in milliseconds each: the write (catalog and audit entry, one transaction), the first
     * search after it (which applies it to the index), and a search with nothing to apply.
     */
    record UploadCost(double uploadMs, double searchAfterMs, double searchMs) {}

    /** Writes cards {@code 0..cards-1} as version 1.0 of models {@link #name}. */
    public static void seed(Database db, int cards) {
        for (int from = 0; from < cards; from += CHUNK) {
            int to = Math.min(cards, from + CHUNK);
            int first = from;
            db.jdbi().useTransaction(h -> catalogRows(h, first, to));
        }
    }

    /** The model, version and revision rows of cards {@code from..to-1}, written in bulk. */
    private static void catalogRows(Handle h, int from, int to) {
        PreparedBatch models = h.prepareBatch("INSERT INTO models (id, name, created_at, created_by) VALUES (:id, :name, :at, 'bench')");
        PreparedBatch versions = h.prepareBatch("INSERT INTO versions (id, model_id, version, state, current_revision, created_at,"
                + " created_by) VALUES (:id, :id, '1.0', :state, :rev, :at, 'bench')");
        PreparedBatch revisions = h.prepareBatch("INSERT INTO revisions (id, version_id, hash, card_json, created_at, created_by)"
                + " VALUES (:id, :id, :rev, :json, :at, 'bench')");
        for (int i = from; i < to; i++) {
            ModelCard card = GeneratedCards.card(i, SEED);
            long id = i + 1;
            String rev = ContentHash.of(card).toString();
            models.bind("id", id).bind("name", name(i)).bind("at", Rows.instant(T0)).add();
            versions.bind("id", id).bind("state", STATES[(int) (id % STATES.length)].id()).bind("rev", rev).bind("at", Rows.instant(T0))
                    .add();
            revisions.bind("id", id).bind("rev", rev).bind("json", CardCodec.toJson(card)).bind("at", Rows.instant(T0.plusSeconds(i)))
                    .add();
        }
        models.execute();
        versions.execute();
        revisions.execute();
        // Later uploads through the catalog take ids from the sequences: start them after the seeded rows.
        for (String table : new String[] {"models", "versions", "revisions"}) {
            h.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (to + 1));
        }
    }

    /**
     * Uploads {@code n} new cards (numbers from {@code first}) through the catalog, each its own transaction with its audit
     * entry, and after each times a search that applies it, then one with nothing to apply.
     */
    static UploadCost uploads(Database db, SearchIndex index, int first, int n) {
        Catalog catalog = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC));
        AuditChain chain = new AuditChain(Clock.systemUTC());
        SearchQuery one = SearchQuery.all().withLimit(1);
        long write = 0;
        long applying = 0;
        long plain = 0;
        for (int i = first; i < first + n; i++) {
            ModelCard card = GeneratedCards.card(i, SEED);
            String model = name(i);
            catalog.createModel(model, "bench");
            catalog.createVersion(model, "1.0", "bench");
            long start = System.nanoTime();
            db.jdbi().useTransaction(h -> {
                catalog.within(h).upload(model, "1.0", card, "bench", null);
                StoredAuditLog.within(h).append(chain, AuditEvent.draft("bench", Action.CARD_CREATED)
                        .withSubject(new Subject(model, "1.0", null)));
            });
            long written = System.nanoTime();
            index.search(one);
            long applied = System.nanoTime();
            index.search(one);
            plain += System.nanoTime() - applied;
            write += written - start;
            applying += applied - written;
        }
        return new UploadCost(write / 1e6 / n, applying / 1e6 / n, plain / 1e6 / n);
    }

    /** Model names whose alphabetical order is not the order they were created in. */
    public static String name(int i) {
        return GeneratedCards.word((int) ((i * 7919L) % GeneratedCards.VOCABULARY)) + "-" + i;
    }
}
