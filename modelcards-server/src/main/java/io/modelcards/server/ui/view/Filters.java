package io.modelcards.server.ui.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The models list's search box and filters as sent; {@link #queryText()} joins them into the registry's query language.
 *
 * @param q       the search box: the query language itself
 * @param status  a workflow state, or empty
 * @param tag     a tag, or empty
 * @param license a licence id, or empty
 * @param dataset a dataset name or content hash, or empty
 * @param metric  a metric condition such as {@code accuracy>=0.9}, or empty
 * @param risk    a risk rating, or empty
 * @param stale   {@code true} or {@code false}, or empty
 * @param text    free words, or empty
 */
public record Filters(String q, String status, String tag, String license, String dataset, String metric, String risk,
                      String stale, String text) {
    /** Turns nulls into empty text and strips the values. */
    public Filters {
        q = clean(q);
        status = clean(status);
        tag = clean(tag);
        license = clean(license);
        dataset = clean(dataset);
        metric = clean(metric);
        risk = clean(risk);
        stale = clean(stale);
        text = clean(text);
    }

    /** The search box followed by one {@code key:value} term per filter set and the free words. */
    public String queryText() {
        List<String> parts = new ArrayList<>();
        add(parts, "", q);
        add(parts, "status:", status);
        add(parts, "tag:", tag);
        add(parts, "license:", license);
        add(parts, "dataset:", dataset);
        add(parts, "metric:", metric);
        add(parts, "risk:", risk);
        add(parts, "stale:", stale);
        add(parts, "", text);
        return String.join(" ", parts);
    }

    /** The filters as query parameters, in form order, empty ones left out: for the next page's link. */
    public List<String[]> parameters() {
        List<String[]> p = new ArrayList<>();
        String[][] all = {{"q", q}, {"status", status}, {"tag", tag}, {"license", license}, {"dataset", dataset},
            {"metric", metric}, {"risk", risk}, {"stale", stale}, {"text", text}};
        for (String[] kv : all) {
            if (!kv[1].isEmpty()) {
                p.add(kv);
            }
        }
        return p;
    }

    private static void add(List<String> parts, String key, String value) {
        if (!value.isEmpty()) {
            parts.add(key + value);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
