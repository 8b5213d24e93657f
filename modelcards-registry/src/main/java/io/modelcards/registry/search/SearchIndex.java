package io.modelcards.registry.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.catalog.CurrentCard;
import io.modelcards.registry.catalog.CurrentCardListener;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the search index inside a caller's transaction. Each version has one entry, for its current revision: indexing
 * a revision replaces whatever the version had, so search finds every version once, by its current card. The registry
 * wires {@link #LISTENER} into the catalog, which calls it in the same transaction that makes a revision current, so
 * the index never disagrees with it.
 *
 * <p>An upload writes one row of card facts, one of text, a few of facets and metrics, and one term row per distinct
 * word; a re-index of a version deletes and inserts only the terms that changed, so an edit of a draft costs a few rows.
 */
public final class SearchIndex {
    /** Indexes each new current card in the catalog's transaction. */
    public static final CurrentCardListener LISTENER = (handle, change) -> within(handle).index(change);

    private static final int CATCH_UP_PAGE = 500;

    private final Handle handle;

    private SearchIndex(Handle handle) {
        this.handle = handle;
    }

    /** The index's writes inside the transaction of {@code handle}. */
    public static SearchIndex within(Handle handle) {
        return new SearchIndex(handle);
    }

    /** Makes {@code change.card()} the indexed card of its version; indexing the revision it already has does nothing. */
    public void index(CurrentCard change) {
        long id = change.versionId();
        Optional<String> indexed = handle.createQuery("SELECT revision FROM search_cards WHERE version_id = :id")
                .bind("id", id).mapTo(String.class).findOne();
        if (indexed.filter(change.revision().toString()::equals).isPresent()) {
            return;
        }
        IndexedCard card = IndexedCard.of(change.card());
        Set<String> old = Set.of();
        if (indexed.isPresent()) {
            old = handle.createQuery("SELECT body FROM search_text WHERE version_id = :id").bind("id", id).mapTo(String.class)
                    .findOne().map(Terms::of).orElse(Set.of());
            for (String table : List.of("search_metrics", "search_facets", "search_cards", "search_text")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE version_id = :id").bind("id", id).execute();
            }
            Set<String> gone = new HashSet<>(old);
            gone.removeAll(card.terms());
            termRows("DELETE FROM search_terms WHERE term = :t AND version_id = :id", List.of(new Entry(id, gone)));
        }
        write(List.of(new Written(change, card)));
        Set<String> added = new HashSet<>(card.terms());
        added.removeAll(old);
        termRows("INSERT INTO search_terms (term, version_id) VALUES (:t, :id)", List.of(new Entry(id, added)));
    }

    /**
     * Indexes many versions that have no entry yet, in bulk: each card's rows as {@link #index} writes them, the term rows
     * of all of them in key order, so that each page of the term index is written once, not once per card (the
     * benchmark's seeding; the catch-up after a migration).
     */
    public void indexNew(List<CurrentCard> changes) {
        List<Written> cards = changes.stream().map(c -> new Written(c, IndexedCard.of(c.card()))).toList();
        write(cards);
        termRows("INSERT INTO search_terms (term, version_id) VALUES (:t, :id)",
                cards.stream().map(w -> new Entry(w.change().versionId(), w.card().terms())).toList());
    }

    /**
     * Indexes every version of {@code database} whose current card is not indexed (after {@link #LISTENER} was not wired,
     * or after a migration emptied the index), a page at a time; the number indexed.
     */
    public static int catchUp(Database database) {
        int total = 0;
        while (true) {
            int done = database.jdbi().inTransaction(h -> {
                List<CurrentCard> page = h.createQuery("SELECT v.id, m.name, v.version, r.hash, r.card_json, r.created_at FROM versions v"
                                + " JOIN models m ON m.id = v.model_id"
                                + " JOIN revisions r ON r.version_id = v.id AND r.hash = v.current_revision"
                                + " WHERE NOT EXISTS (SELECT 1 FROM search_cards c WHERE c.version_id = v.id) ORDER BY v.id LIMIT "
                                + CATCH_UP_PAGE)
                        .map((rs, ctx) -> new CurrentCard(rs.getLong(1), rs.getString(2), rs.getString(3),
                                read(rs.getString(5), rs.getString(4)), ContentHash.parse(rs.getString(4)), Rows.instant(rs, "created_at")))
                        .list();
                within(h).indexNew(page);
                return page.size();
            });
            total += done;
            if (done < CATCH_UP_PAGE) {
                return total;
            }
        }
    }

    private static ModelCard read(String json, String hash) {
        try {
            return CardCodec.fromJson(json, hash);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("stored card " + hash + " no longer reads: " + e.getMessage(), e);
        }
    }

    private void write(List<Written> cards) {
        PreparedBatch rows = handle.prepareBatch("INSERT INTO search_cards (version_id, model_name, revision, card_name, risk, stale_count,"
                + " completeness, metric_type, metric_value, metric_dataset, metric_split, updated_at)"
                + " VALUES (:id, :model, :rev, :name, :risk, :stale, :complete, :mt, :mv, :md, :ms, :at)");
        PreparedBatch text = handle.prepareBatch("INSERT INTO search_text (version_id, body) VALUES (:id, :body)");
        PreparedBatch facets = handle.prepareBatch("INSERT INTO search_facets (facet, val, version_id) VALUES (:f, :v, :id)");
        PreparedBatch metrics = handle.prepareBatch("INSERT INTO search_metrics (version_id, metric, score, dataset, split, ci_low,"
                + " ci_high) VALUES (:id, :m, :s, :d, :sp, :lo, :hi)");
        for (Written w : cards) {
            long id = w.change().versionId();
            IndexedCard c = w.card();
            SearchHit.Metric p = c.primary();
            rows.bind("id", id).bind("model", w.change().model()).bind("rev", w.change().revision().toString())
                    .bind("name", clip(c.cardName(), 300)).bind("risk", c.risk()).bind("stale", c.staleCount())
                    .bind("complete", c.completeness()).bind("mt", p == null ? null : clip(p.type(), 100))
                    .bind("mv", p == null ? null : p.value()).bind("md", p == null ? null : clip(p.dataset(), 300))
                    .bind("ms", p == null ? null : clip(p.split(), 100)).bind("at", Rows.instant(w.change().at())).add();
            text.bind("id", id).bind("body", c.text()).add();
            c.facets().forEach(f -> facets.bind("f", f.kind()).bind("v", f.value()).bind("id", id).add());
            c.metrics().forEach(m -> metrics.bind("id", id).bind("m", m.metric()).bind("s", m.score()).bind("d", m.dataset())
                    .bind("sp", m.split()).bind("lo", m.ciLow()).bind("hi", m.ciHigh()).add());
        }
        for (PreparedBatch b : List.of(rows, text, facets, metrics)) {
            if (b.size() > 0) {
                b.execute();
            }
        }
    }

    /** Runs {@code sql} for each (term, version) pair of {@code entries}, in the term index's order. */
    private void termRows(String sql, List<Entry> entries) {
        List<long[]> keys = new ArrayList<>();
        for (Entry e : entries) {
            e.terms().forEach(t -> keys.add(new long[] {Terms.key(t), e.versionId()}));
        }
        if (keys.isEmpty()) {
            return;
        }
        keys.sort(Comparator.<long[]>comparingLong(k -> k[0]).thenComparingLong(k -> k[1]));
        PreparedBatch batch = handle.prepareBatch(sql);
        keys.forEach(k -> batch.bind("t", k[0]).bind("id", k[1]).add());
        batch.execute();
    }

    /** A display value cut to its column's width; only the shown headline metric is clipped, never a searched value. */
    private static String clip(String s, int width) {
        return s == null || s.length() <= width ? s : s.substring(0, width);
    }

    private record Written(CurrentCard change, IndexedCard card) {}

    private record Entry(long versionId, Set<String> terms) {}
}
