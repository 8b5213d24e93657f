package io.modelcards.registry.search;

import io.modelcards.registry.db.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one SELECT a {@link SearchQuery} becomes. Every condition is an indexed lookup: facts and words are
 * {@code EXISTS} probes of a primary key, metric conditions probe {@code (version_id, metric)}, and the page is a
 * keyset range of the sort's index ({@code c.model_name}, {@code c.updated_at}, or {@code (metric, score)}), so a page
 * costs about as many probes as the rows it passes over, never a sort of every match.
 */
final class SearchSql {
    static final String COLUMNS = "c.version_id, c.model_name, v.version, v.state, c.revision, c.risk, c.stale_count,"
            + " c.completeness, c.metric_type, c.metric_value, c.metric_dataset, c.metric_split, c.updated_at";

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    /** The statement text. */
    final String sql;

    SearchSql(SearchQuery q, int fetch) {
        SearchSort sort = q.sort();
        boolean byMetric = sort.key() == SearchSort.Key.METRIC;
        String from = " FROM search_cards c JOIN versions v ON v.id = c.version_id";
        String sortCols = "";
        if (byMetric) {
            MetricFilter m = q.metrics().get(0);
            from = " FROM search_metrics ms JOIN search_cards c ON c.version_id = ms.version_id JOIN versions v ON v.id = c.version_id";
            sortCols = ", ms.score AS sort_score, ms.id AS sort_id";
            where.add(metricConditions("ms", m));
            String better = sort.descending() ? ">" : "<";
            where.add("NOT EXISTS (SELECT 1 FROM search_metrics m2 WHERE m2.version_id = ms.version_id AND " + metricConditions("m2", m)
                    + " AND (m2.score " + better + " ms.score OR (m2.score = ms.score AND m2.id " + better + " ms.id)))");
        }
        conditions(q, byMetric);
        keyset(q, sort);
        String dir = sort.descending() ? " DESC" : "";
        String order = switch (sort.key()) {
            case NAME -> "c.model_name" + dir + ", c.version_id" + dir;
            case UPDATED -> "c.updated_at" + dir + ", c.version_id" + dir;
            case METRIC -> "ms.score" + dir + ", ms.id" + dir;
        };
        binds.put("fetch", fetch);
        sql = "SELECT " + COLUMNS + sortCols + from + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + order + " LIMIT :fetch";
    }

    /** The values bound to the statement's named parameters. */
    Map<String, Object> binds() {
        return binds;
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
        q.tags().forEach(t -> facet("tag", t));
        if (q.license() != null) {
            facet("license", q.license());
        }
        q.datasets().forEach(d -> facet(d.startsWith("sha256:") ? "dataset_hash" : "dataset", d));
        q.baseModels().forEach(b -> facet("base_model", b));
        for (int i = byMetric ? 1 : 0; i < q.metrics().size(); i++) {
            where.add("EXISTS (SELECT 1 FROM search_metrics m WHERE m.version_id = c.version_id AND "
                    + metricConditions("m", q.metrics().get(i)) + ")");
        }
        for (String w : q.words()) {
            where.add("EXISTS (SELECT 1 FROM search_terms t WHERE t.term = " + bind(w) + " AND t.version_id = c.version_id)");
        }
    }

    private void facet(String kind, String value) {
        where.add("EXISTS (SELECT 1 FROM search_facets f WHERE f.facet = " + bind(kind) + " AND f.val = " + bind(value)
                + " AND f.version_id = c.version_id)");
    }

    private String metricConditions(String alias, MetricFilter m) {
        StringBuilder s = new StringBuilder(alias + ".metric = " + bind(m.type()));
        if (m.comparison() != null) {
            s.append(" AND ").append(alias).append(".score ").append(m.comparison().sql()).append(' ').append(bind(m.threshold()));
        }
        if (m.dataset() != null) {
            s.append(" AND (").append(alias).append(".dataset = ").append(bind(m.dataset()));
            if (m.datasetHead() != null && m.datasetTail() != null) {
                s.append(" OR (").append(alias).append(".dataset = ").append(bind(m.datasetHead())).append(" AND ").append(alias)
                        .append(".split = ").append(bind(m.datasetTail())).append(')');
            }
            s.append(')');
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
        String name = "p" + binds.size();
        binds.put(name, value);
        return ":" + name;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
