package io.modelcards.registry.search;

import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.workflow.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search of the registry's cards: every condition given must hold (they are joined by AND), hits come in
 * {@link #sort()} order, {@link #limit()} at a time after {@link #cursor()}.
 *
 * <p>People write it as text ({@link #parse(String)}): {@code key:value} terms and free words, e.g.
 * {@code status:published license:apache-2.0 tag:nlp metric:accuracy>=0.9@imdb/test sort:-metric toxic comments}.
 * Text values and free words match without regard to case.
 *
 * @param name       a prefix of the model's name in the registry, or null for any
 * @param tags       tags the card must all carry
 * @param status     the version's workflow state, or null for any
 * @param license    the card's licence id, or null for any
 * @param datasets   datasets the card must all name: a name, or a content hash {@code sha256:…}
 * @param baseModels base models the card must all name
 * @param metrics    metric conditions that must all hold; the first is the one {@code sort:metric} sorts on
 * @param risk       the card's risk rating, or null for any
 * @param stale      true for cards with stale human fields, false for cards without, null for either
 * @param words      words that must all occur in the card's human sections (or its name), as index terms
 * @param phrases    phrases that must each occur as adjacent words in one field of those, in order: each is its words
 *                   (as {@link Terms#words}) between single spaces; the words of each are also in {@code words}
 * @param sort       the order of hits
 * @param cursor     the cursor of the page to fetch (from the previous page's hits), or null for the first page
 * @param limit      how many hits a page holds, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String name, List<String> tags, State status, String license, List<String> datasets,
        List<String> baseModels, List<MetricFilter> metrics, RiskRating risk, Boolean stale, List<String> words,
        List<String> phrases, SearchSort sort, String cursor, int limit) {
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page. */
    public static final int MAX_LIMIT = 100;
    /** The name problems in a query's text carry in place of a file. */
    public static final String SUBJECT = "query";

    /**
     * Lower-cases the text values and checks the query: a metric sort needs a metric, the limit is 1 to
     * {@value #MAX_LIMIT}, and a cursor must be one a search with this sort gave out (else IllegalArgumentException;
     * {@link #parse(String, String, Integer)} reports the same as located problems).
     */
    public SearchQuery {
        name = lower(name);
        tags = lower(tags);
        license = lower(license);
        datasets = lower(datasets);
        baseModels = lower(baseModels);
        metrics = List.copyOf(metrics == null ? List.of() : metrics);
        words = lower(words);
        phrases = lower(phrases);
        sort = sort == null ? SearchSort.DEFAULT : sort;
        cursor = cursor == null || cursor.isEmpty() ? null : cursor;
        if (sort.key() == SearchSort.Key.METRIC && metrics.isEmpty()) {
            throw new IllegalArgumentException("sorting by metric needs a metric: term");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " hits, not " + limit);
        }
        if (cursor != null && SearchCursor.decode(cursor, sort).isEmpty()) {
            throw new IllegalArgumentException("the cursor is not one a search sorted by " + sort + " gave out");
        }
    }

    /** A query without phrases; see the canonical constructor. */
    public SearchQuery(String name, List<String> tags, State status, String license, List<String> datasets, List<String> baseModels,
            List<MetricFilter> metrics, RiskRating risk, Boolean stale, List<String> words, SearchSort sort, String cursor, int limit) {
        this(name, tags, status, license, datasets, baseModels, metrics, risk, stale, words, List.of(), sort, cursor, limit);
    }

    /** A query with no condition: every version with a card, by name, the first page. */
    public static SearchQuery all() {
        return new SearchQuery(null, List.of(), null, null, List.of(), List.of(), List.of(), null, null, List.of(), null, null,
                DEFAULT_LIMIT);
    }

    /**
     * The query written as {@code text}; see the type's description for the terms. A term that is not understood is a
     * {@code search/bad-term} problem at the term's column that says which terms and values are accepted.
     */
    public static SearchQuery parse(String text) throws InvalidInputException {
        return QueryParser.parse(text == null ? "" : text);
    }

    /**
     * The query written as {@code text}, fetching the page at {@code cursor} (null for the first) of {@code limit} hits
     * (null for {@value #DEFAULT_LIMIT}); a cursor this search did not give out is {@code search/bad-cursor}, a limit out of
     * range {@code search/bad-limit}.
     */
    public static SearchQuery parse(String text, String cursor, Integer limit) throws InvalidInputException {
        SearchQuery q = parse(text);
        List<Diagnostic> problems = new ArrayList<>();
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            problems.add(Diagnostic.error("limit", 0, 0, "search/bad-limit",
                    "a page holds 1 to " + MAX_LIMIT + " hits, not " + n + ": ask for a limit in that range"));
            n = DEFAULT_LIMIT;
        }
        if (cursor != null && !cursor.isEmpty() && SearchCursor.decode(cursor, q.sort()).isEmpty()) {
            problems.add(Diagnostic.error("cursor", 0, 0, "search/bad-cursor", "the page cursor is not one this search gave out:"
                    + " pass back the cursor of the previous page unchanged, with the same sort, or none for the first page"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return q.withCursor(cursor).withLimit(n);
    }

    /** This query fetching the page at {@code newCursor}. */
    public SearchQuery withCursor(String newCursor) {
        return new SearchQuery(name, tags, status, license, datasets, baseModels, metrics, risk, stale, words, phrases, sort, newCursor,
                limit);
    }

    /** This query with pages of {@code newLimit} hits. */
    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(name, tags, status, license, datasets, baseModels, metrics, risk, stale, words, phrases, sort, cursor,
                newLimit);
    }

    /** The query's conditions and sort written as query text (without cursor and limit); parsing it gives them back. */
    public String text() {
        List<String> terms = new ArrayList<>();
        if (name != null) {
            terms.add("name:" + quoted(name));
        }
        tags.forEach(t -> terms.add("tag:" + quoted(t)));
        if (status != null) {
            terms.add("status:" + status.id());
        }
        if (license != null) {
            terms.add("license:" + quoted(license));
        }
        datasets.forEach(d -> terms.add("dataset:" + quoted(d)));
        baseModels.forEach(b -> terms.add("base_model:" + quoted(b)));
        metrics.forEach(m -> terms.add(m.toString()));
        if (risk != null) {
            terms.add("risk:" + risk.text());
        }
        if (stale != null) {
            terms.add("stale:" + stale);
        }
        if (!sort.equals(SearchSort.DEFAULT)) {
            terms.add("sort:" + sort);
        }
        terms.addAll(words);
        phrases.forEach(p -> terms.add("\"" + p + "\""));
        return String.join(" ", terms);
    }

    private static String quoted(String value) {
        return value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> values) {
        return values == null ? List.of() : values.stream().map(Objects::requireNonNull).map(SearchQuery::lower).toList();
    }
}
