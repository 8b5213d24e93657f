package io.modelcards.registry.search;

import io.modelcards.registry.db.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SELECT a {@link SearchQuery} becomes. Every condition is an indexed lookup: facts and words are {@code EXISTS}
 * probes of a primary key, metric conditions probe {@code (version_id, metric)}, and a page is a keyset range of the
 * sort's index ({@code c.model_name}, {@code c.updated_at}, or {@code (metric, score)}). When one condition matches few
 * cards, the {@link Search} planner names it as the driver: the statement then starts from that condition's rows
 * ({@code c.version_id IN (...)}) and sorts only them, instead of walking the sort's index past many cards that fail.
 */
final class SearchSql {
    static final String COLUMNS = "c.version_id, c.model_name, v.version, v.state, c.revision, c.risk, c.stale_count,"
            + " c.completeness, c.metric_type, c.metric_value, c.metric_dataset, c.metric_split, c.updated_at";

    /** A condition that can drive the search: a SELECT of the version ids it matches, and its bound values. */
    record Candidate(String sql, Map<String, Object> binds) {}

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    /** The statement text. */
    final String sql;

    /**
     * The statement of {@code q} fetching {@code fetch} rows, starting from {@code driver} (or null); {@code h2Walk} when
     * it runs on H2 without a driver, where a metric sort names its index: H2 otherwise prefers the (metric, dataset)
     * index for a dataset condition, and reads and sorts every result of the metric (100,000 at 100,000 cards).
     */
    SearchSql(SearchQuery q, int fetch, Candidate driver, boolean h2Walk) {
        SearchSort sort = q.sort();
        boolean byMetric = sort.key() == SearchSort.Key.METRIC;
        String from = " FROM search_cards c JOIN versions v ON v.id = c.version_id";
        String sortCols = "";
        if (byMetric) {
            MetricFilter m = q.metrics().get(0);
            String hint = !h2Walk ? "" : sort.descending() ? " USE INDEX (search_metrics_score_desc)" : " USE INDEX (search_metrics_score)";
            from = " FROM search_metrics ms" + hint + " JOIN search_cards c ON c.version_id = ms.version_id"
                    + " JOIN versions v ON v.id = c.version_id";
            sortCols = ", ms.score AS sort_score, ms.id AS sort_id";
            where.add(metricConditions("ms", m, binds, "p"));
            String better = sort.descending() ? ">" : "<";
            where.add("NOT EXISTS (SELECT 1 FROM search_metrics m2 WHERE m2.version_id = ms.version_id AND "
                    + metricConditions("m2", m, binds, "p") + " AND (m2.score " + better + " ms.score OR (m2.score = ms.score AND m2.id "
                    + better + " ms.id)))");
        }
        if (driver != null) {
            where.add("c.version_id IN (" + driver.sql() + ")");
            binds.putAll(driver.binds());
        }
        conditions(q, byMetric);
        keyset(q, sort);
        String dir = sort.descending() ? " DESC" : "";
        String order = switch (sort.key()) {
            case NAME -> "c.model_name" + dir + ", c.version_id" + dir;
            case UPDATED -> "c.updated_at" + dir + ", c.version_id" + dir;
            // The metric is one value here; naming it first lets H2 see that the (metric, score, id) index gives this order.
            case METRIC -> "ms.metric" + dir + ", ms.score" + dir + ", ms.id" + dir;
        };
        binds.put("fetch", fetch);
        sql = "SELECT " + COLUMNS + sortCols + from + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + order + " LIMIT :fetch";
    }

    /** The values bound to the statement's named parameters. */
    Map<String, Object> binds() {
        return binds;
    }

    /** The conditions of {@code q} that an index can enumerate: its facts, words and metric conditions. */
    static List<Candidate> candidates(SearchQuery q) {
        List<Candidate> out = new ArrayList<>();
        int n = 0;
        for (String[] f : facets(q)) {
            String p = "d" + n++;
            out.add(new Candidate("SELECT f.version_id FROM search_facets f WHERE f.facet = :" + p + "k AND f.val = :" + p + "v",
                    Map.of(p + "k", f[0], p + "v", f[1])));
        }
        for (String w : q.words()) {
            String p = "d" + n++;
            out.add(new Candidate("SELECT t.version_id FROM search_terms t WHERE t.term = :" + p, Map.of(p, Terms.key(w))));
        }
        for (MetricFilter m : q.metrics()) {
            Map<String, Object> b = new LinkedHashMap<>();
            String cond = metricConditions("dm", m, b, "d" + n++ + "_");
            out.add(new Candidate("SELECT dm.version_id FROM search_metrics dm WHERE " + cond, b));
        }
        return out;
    }

    private static List<String[]> facets(SearchQuery q) {
        List<String[]> out = new ArrayList<>();
        q.tags().forEach(t -> out.add(new String[] {"tag", t}));
        if (q.license() != null) {
            out.add(new String[] {"license", q.license()});
        }
        q.datasets().forEach(d -> out.add(new String[] {d.startsWith("sha256:") ? "dataset_hash" : "dataset", d}));
        q.baseModels().forEach(b -> out.add(new String[] {"base_model", b}));
        return out;
    }

    private void conditions(SearchQuery q, boolean byMetric) {
        if (q.name() != null) {
            where.add("c.model_name LIKE " + bind(likePrefix(q.name())) + " ESCAPE '\\'");
        }
        if (q.status() != null) {
            where.add("v.state = " + bind(q.status().id()));
        }
        if (q.risk() != null) {
            where.add("c.risk = " + bind(q.risk().text()));
        }
        if (q.stale() != null) {
            where.add(q.stale() ? "c.stale_count > 0" : "c.stale_count = 0");
        }
        for (String[] f : facets(q)) {
            where.add("EXISTS (SELECT 1 FROM search_facets f WHERE f.facet = " + bind(f[0]) + " AND f.val = " + bind(f[1])
                    + " AND f.version_id = c.version_id)");
        }
        for (int i = byMetric ? 1 : 0; i < q.metrics().size(); i++) {
            where.add("EXISTS (SELECT 1 FROM search_metrics m WHERE m.version_id = c.version_id AND "
                    + metricConditions("m", q.metrics().get(i), binds, "p") + ")");
        }
        for (String w : q.words()) {
            where.add("EXISTS (SELECT 1 FROM search_terms t WHERE t.term = " + bind(Terms.key(w)) + " AND t.version_id = c.version_id)");
        }
        for (String p : q.phrases()) {
            // A phrase holds only letters, digits and single spaces, none of them special to LIKE.
            where.add("EXISTS (SELECT 1 FROM search_text x WHERE x.version_id = c.version_id AND x.body LIKE " + bind("% " + p + " %")
                    + ")");
        }
    }

    private static String metricConditions(String alias, MetricFilter m, Map<String, Object> into, String prefix) {
        StringBuilder s = new StringBuilder(alias + ".metric = " + bind(into, prefix, m.type()));
        if (m.comparison() != null) {
            s.append(" AND ").append(alias).append(".score ").append(m.comparison().sql()).append(' ')
                    .append(bind(into, prefix, m.threshold()));
        }
        if (m.dataset() != null && m.datasetHead() != null && m.datasetTail() != null) {
            // dataset = whole OR (dataset = head AND split = tail), written so that an index on (metric, dataset) serves it.
            String whole = bind(into, prefix, m.dataset());
            s.append(" AND ").append(alias).append(".dataset IN (").append(whole).append(", ").append(bind(into, prefix, m.datasetHead()))
                    .append(") AND (").append(alias).append(".dataset = ").append(whole).append(" OR ").append(alias).append(".split = ")
                    .append(bind(into, prefix, m.datasetTail())).append(')');
        } else if (m.dataset() != null) {
            s.append(" AND ").append(alias).append(".dataset = ").append(bind(into, prefix, m.dataset()));
        }
        return s.toString();
    }

    /** The rows after the cursor's: {@code key >= k AND (key > k OR id > i)}, whose first half is an index range. */
    private void keyset(SearchQuery q, SearchSort sort) {
        if (q.cursor() == null) {
            return;
        }
        SearchCursor at = SearchCursor.decode(q.cursor(), sort).orElseThrow();
        String key;
        String id;
        Object value;
        switch (sort.key()) {
            case NAME -> {
                key = "c.model_name";
                id = "c.version_id";
                value = at.key();
            }
            case UPDATED -> {
                key = "c.updated_at";
                id = "c.version_id";
                value = Rows.instant(Instant.parse(at.key()));
            }
            default -> {
                key = "ms.score";
                id = "ms.id";
                value = Double.valueOf(at.key());
            }
        }
        String after = sort.descending() ? "<" : ">";
        String k = bind(value);
        where.add(key + " " + after + "= " + k + " AND (" + key + " " + after + " " + k + " OR " + id + " " + after + " "
                + bind(at.id()) + ")");
    }

    private String bind(Object value) {
        return bind(binds, "p", value);
    }

    private static String bind(Map<String, Object> into, String prefix, Object value) {
        String name = prefix + into.size();
        into.put(name, value);
        return ":" + name;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
