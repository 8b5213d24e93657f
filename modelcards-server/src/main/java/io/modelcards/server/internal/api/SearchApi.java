package io.modelcards.server.internal.api;

import io.javalin.http.Handler;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.Registry;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.search.SearchHit;
import io.modelcards.registry.search.SearchQuery;
import io.modelcards.registry.workflow.State;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Search over the versions' current cards: the query language of {@link SearchQuery}, keyset-paged. */
final class SearchApi {
    private SearchApi() {
    }

    /** Adds the search handler to {@code h}. */
    static void register(Map<String, Handler> h, Registry registry) {
        h.put("search", ctx -> {
            String q = ctx.queryParam("q");
            Integer limit = ctx.queryParam("limit") == null ? null : Params.intQuery(ctx, "limit", 50);
            // A bad term is an InvalidInputException with the term's column: the error mapper answers 422 naming it.
            SearchQuery query = SearchQuery.parse(q == null ? "" : q, ctx.queryParam("cursor"), limit);
            Page<SearchHit> page = registry.search(query);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", page.items().stream().map(SearchApi::hit).toList());
            body.put("next_cursor", page.nextCursor());
            ctx.json(body);
        });
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", hit.model());
        m.put("version", hit.version());
        m.put("state", id(hit.state()));
        m.put("revision", text(hit.revision()));
        if (hit.primaryMetric() != null) {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("type", hit.primaryMetric().type());
            metric.put("value", hit.primaryMetric().value());
            metric.put("dataset", hit.primaryMetric().dataset());
            metric.put("split", hit.primaryMetric().split());
            m.put("metric", metric);
        }
        m.put("risk", hit.risk() == null ? null : hit.risk().name().toLowerCase(Locale.ROOT));
        m.put("completeness", hit.completeness());
        m.put("stale", hit.staleCount());
        m.put("updated_at", hit.updatedAt() == null ? null : hit.updatedAt().toString());
        return m;
    }

    private static String id(State s) {
        return s == null ? null : s.id();
    }

    private static String text(ContentHash h) {
        return h == null ? null : h.toString();
    }
}
