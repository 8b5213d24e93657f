package io.modelcards.registry.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.db.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the search index inside a caller's transaction. Each version has one entry, for its current revision: indexing
 * a revision replaces whatever the version had, so search finds every version once, by its current card. The catalog
 * calls {@link #index} in the same transaction that makes a revision current, so the index never disagrees with it.
 */
public final class SearchIndex {
    private static final List<String> TABLES = List.of("search_terms", "search_metrics", "search_facets", "search_cards");

    private final Handle handle;

    private SearchIndex(Handle handle) {
        this.handle = handle;
    }

    /** The index's writes inside the transaction of {@code handle}. */
    public static SearchIndex within(Handle handle) {
        return new SearchIndex(handle);
    }

    /**
     * Makes {@code card} (whose content hash is {@code revision}) the indexed card of {@code model}'s {@code version},
     * changed at {@code at}; indexing the revision the version already has indexed does nothing.
     *
     * @throws IllegalArgumentException when the version does not exist
     */
    public void index(String model, String version, ModelCard card, ContentHash revision, Instant at) {
        long id = handle.createQuery("SELECT v.id FROM versions v JOIN models m ON m.id = v.model_id WHERE m.name = :m AND v.version = :v")
                .bind("m", model).bind("v", version).mapTo(Long.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no version " + version + " of model " + model + " to index"));
        Optional<String> indexed = handle.createQuery("SELECT revision FROM search_cards WHERE version_id = :id")
                .bind("id", id).mapTo(String.class).findOne();
        if (indexed.filter(revision.toString()::equals).isPresent()) {
            return;
        }
        if (indexed.isPresent()) {
            for (String table : TABLES) {
                handle.createUpdate("DELETE FROM " + table + " WHERE version_id = :id").bind("id", id).execute();
            }
        }
        write(id, model, IndexedCard.of(card), revision, at);
    }

    private void write(long id, String model, IndexedCard c, ContentHash revision, Instant at) {
        SearchHit.Metric p = c.primary();
        handle.createUpdate("INSERT INTO search_cards (version_id, model_name, revision, card_name, risk, stale_count, completeness,"
                        + " metric_type, metric_value, metric_dataset, metric_split, updated_at)"
                        + " VALUES (:id, :model, :rev, :name, :risk, :stale, :complete, :mt, :mv, :md, :ms, :at)")
                .bind("id", id).bind("model", model).bind("rev", revision.toString()).bind("name", clip(c.cardName(), 300))
                .bind("risk", c.risk()).bind("stale", c.staleCount()).bind("complete", c.completeness())
                .bind("mt", p == null ? null : clip(p.type(), 100)).bind("mv", p == null ? null : p.value())
                .bind("md", p == null ? null : clip(p.dataset(), 300)).bind("ms", p == null ? null : clip(p.split(), 100))
                .bind("at", Rows.instant(at)).execute();
        if (!c.facets().isEmpty()) {
            PreparedBatch facets = handle.prepareBatch("INSERT INTO search_facets (facet, val, version_id) VALUES (:f, :v, :id)");
            c.facets().forEach(f -> facets.bind("f", f.kind()).bind("v", f.value()).bind("id", id).add());
            facets.execute();
        }
        if (!c.metrics().isEmpty()) {
            PreparedBatch metrics = handle.prepareBatch("INSERT INTO search_metrics (version_id, metric, score, dataset, split, ci_low,"
                    + " ci_high) VALUES (:id, :m, :s, :d, :sp, :lo, :hi)");
            c.metrics().forEach(m -> metrics.bind("id", id).bind("m", m.metric()).bind("s", m.score()).bind("d", m.dataset())
                    .bind("sp", m.split()).bind("lo", m.ciLow()).bind("hi", m.ciHigh()).add());
            metrics.execute();
        }
        if (!c.terms().isEmpty()) {
            PreparedBatch terms = handle.prepareBatch("INSERT INTO search_terms (term, version_id) VALUES (:t, :id)");
            c.terms().forEach(t -> terms.bind("t", Terms.key(t)).bind("id", id).add());
            terms.execute();
        }
    }

    /** A display value cut to its column's width; only the shown headline metric is clipped, never a searched value. */
    private static String clip(String s, int width) {
        return s == null || s.length() <= width ? s : s.substring(0, width);
    }
}
