package io.modelcards.registry.search;

import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.Rows;
import io.modelcards.registry.workflow.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs searches over the index that {@link SearchIndex} keeps. A hit is a version, described by its current revision;
 * every version with a card is found once at most. Conditions on facts match the current revision's card; the state is
 * the version's state now. A metric nobody reported, or a word no card has, finds nothing; it is not an error.
 */
public final class Search {
    /** How many matches of a condition the planner counts at most. */
    static final int PROBE_CAP = 1000;
    /** How much dearer a card reached from a driving condition is than one passed on the sort's index (it is sorted). */
    private static final int DRIVE_COST = 3;

    private final Jdbi jdbi;

    /** Searches over {@code database}'s index. */
    public Search(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The page of hits {@code query} asks for, and the cursor of the next page (null on the last). */
    public Page<SearchHit> run(SearchQuery query) {
        return jdbi.withHandle(h -> run(h, query));
    }

    /** As {@link #run(SearchQuery)}, inside the transaction (or session) of {@code handle}. */
    public static Page<SearchHit> run(Handle handle, SearchQuery query) {
        return run(handle, query, driver(handle, query));
    }

    /** The page {@code query} asks for, starting from {@code driver} (null: walking the sort's index). */
    static Page<SearchHit> run(Handle handle, SearchQuery query, SearchSql.Candidate driver) {
        SearchSql sql = new SearchSql(query, query.limit() + 1, driver);
        boolean byMetric = query.sort().key() == SearchSort.Key.METRIC;
        List<Row> rows = handle.createQuery(sql.sql).bindMap(sql.binds()).map((rs, ctx) -> row(rs, query.sort().key())).list();
        if (rows.size() <= query.limit()) {
            return new Page<>(rows.stream().map(Row::hit).toList(), null);
        }
        List<Row> page = rows.subList(0, query.limit());
        Row last = page.get(page.size() - 1);
        String next = new SearchCursor(last.key(), byMetric ? last.metricId() : last.versionId()).encode(query.sort());
        return new Page<>(page.stream().map(Row::hit).toList(), next);
    }

    /**
     * The condition to start from, or null to walk the sort's index. Each condition an index can enumerate is counted up
     * to {@value #PROBE_CAP} rows; walking the sort's index is expected to pass about {@code limit / product of densities}
     * cards for a page, starting from the rarest condition costs about its count: the cheaper wins.
     */
    private static SearchSql.Candidate driver(Handle handle, SearchQuery query) {
        List<SearchSql.Candidate> candidates = SearchSql.candidates(query);
        if (candidates.isEmpty()) {
            return null;
        }
        // The largest id bounds the number of indexed versions from above at the cost of one index probe.
        long total = handle.createQuery("SELECT COALESCE(MAX(version_id), 0) FROM search_cards").mapTo(Long.class).one();
        SearchSql.Candidate best = null;
        long fewest = Long.MAX_VALUE;
        double density = 1;
        for (SearchSql.Candidate c : candidates) {
            long n = handle.createQuery("SELECT COUNT(*) FROM (" + c.sql() + " LIMIT " + PROBE_CAP + ") x").bindMap(c.binds())
                    .mapTo(Long.class).one();
            if (n == 0) {
                return c;
            }
            density *= Math.min(1.0, (double) n / Math.max(1, total));
            if (n < fewest) {
                best = c;
                fewest = n;
            }
        }
        return fewest < PROBE_CAP && fewest * DRIVE_COST < query.limit() / density ? best : null;
    }

    private static Row row(ResultSet rs, SearchSort.Key key) throws SQLException {
        String state = rs.getString("state");
        double mv = rs.getDouble("metric_value");
        SearchHit.Metric primary = rs.wasNull() || rs.getString("metric_type") == null ? null
                : new SearchHit.Metric(rs.getString("metric_type"), mv, rs.getString("metric_dataset"), rs.getString("metric_split"));
        Instant updated = Rows.instant(rs, "updated_at");
        SearchHit hit = new SearchHit(rs.getString("model_name"), rs.getString("version"),
                State.parse(state).orElseThrow(() -> new IllegalStateException("unknown state '" + state + "' in the database")),
                ContentHash.parse(rs.getString("revision")), primary, RiskRating.parse(rs.getString("risk")), rs.getInt("completeness"),
                rs.getInt("stale_count"), updated);
        long versionId = rs.getLong("version_id");
        return switch (key) {
            case NAME -> new Row(hit, hit.model(), versionId, 0);
            case UPDATED -> new Row(hit, updated.toString(), versionId, 0);
            case METRIC -> new Row(hit, Double.toString(rs.getDouble("sort_score")), versionId, rs.getLong("sort_id"));
        };
    }

    private record Row(SearchHit hit, String key, long versionId, long metricId) {}
}
