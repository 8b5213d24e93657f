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
    /** How many matches of each condition the planner counts first: a condition with fewer is started from. */
    static final int FIRST_CAP = 200;
    /** How many matches of each of several conditions the planner counts when none is rare. */
    static final int SECOND_CAP = 2000;
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
        // PostgreSQL plans from its own statistics of the index tables (IN becomes a semi-join it may start from);
        // H2 keeps none that help here, so the planner below chooses for it.
        return run(handle, query, postgres(handle) ? null : driver(handle, query));
    }

    private static boolean postgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The page {@code query} asks for, starting from {@code driver} (null: walking the sort's index). */
    static Page<SearchHit> run(Handle handle, SearchQuery query, SearchSql.Candidate driver) {
        SearchSql sql = new SearchSql(query, query.limit() + 1, driver, driver == null && !postgres(handle));
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
     * The condition to start from, or null to walk the sort's index. Starting from a condition costs about as many rows
     * as it matches; walking costs about {@code limit / d} rows where {@code d} is the share of cards that match every
     * condition. So each condition an index can enumerate is counted, first up to {@value #FIRST_CAP} rows: one that
     * matches fewer is started from. Otherwise one condition alone is walked (it matches at least that share of cards);
     * several are counted again up to {@value #SECOND_CAP}, and the cheaper of walking (their shares multiplied, as if
     * independent) and starting from the rarest wins.
     */
    private static SearchSql.Candidate driver(Handle handle, SearchQuery query) {
        List<SearchSql.Candidate> candidates = SearchSql.candidates(query);
        if (candidates.isEmpty()) {
            return null;
        }
        long[] counts = new long[candidates.size()];
        int rarest = count(handle, candidates, FIRST_CAP, counts);
        if (counts[rarest] < FIRST_CAP || candidates.size() == 1) {
            return counts[rarest] < FIRST_CAP ? candidates.get(rarest) : null;
        }
        rarest = count(handle, candidates, SECOND_CAP, counts);
        // The largest id bounds the number of indexed versions from above at the cost of one index probe.
        long total = Math.max(1, handle.createQuery("SELECT COALESCE(MAX(version_id), 0) FROM search_cards").mapTo(Long.class).one());
        double density = 1;
        for (long n : counts) {
            density *= Math.min(1.0, (double) n / total);
        }
        return counts[rarest] < SECOND_CAP && counts[rarest] * DRIVE_COST < query.limit() / density ? candidates.get(rarest) : null;
    }

    /**
     * Counts each candidate's matches into {@code counts}, up to {@code cap} and never past the rarest count so far (a
     * common condition is not counted further than needed to know it is not the rarest); the index of the rarest.
     */
    private static int count(Handle handle, List<SearchSql.Candidate> candidates, int cap, long[] counts) {
        int rarest = 0;
        for (int i = 0; i < candidates.size(); i++) {
            SearchSql.Candidate c = candidates.get(i);
            long limit = i == 0 ? cap : Math.min(cap, counts[rarest] + 1);
            counts[i] = handle.createQuery("SELECT COUNT(*) FROM (" + c.sql() + " LIMIT " + limit + ") x").bindMap(c.binds())
                    .mapTo(Long.class).one();
            if (counts[i] < counts[rarest]) {
                rarest = i;
            }
            if (counts[i] == 0) {
                return i;
            }
        }
        return rarest;
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
