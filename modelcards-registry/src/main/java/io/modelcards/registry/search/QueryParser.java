package io.modelcards.registry.search;

import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.workflow.State;
import io.modelcards.validate.Nearest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a search's text into a {@link SearchQuery}, locating each term it cannot read by its column. */
final class QueryParser {
    static final List<String> KEYS = List.of("name", "tag", "status", "license", "dataset", "base_model", "metric", "risk",
            "stale", "sort");
    /** At most this many free words, each one more index lookup. */
    static final int MAX_WORDS = 12;
    /** At most this many terms of one key that may repeat (tag, dataset, base_model, metric). */
    static final int MAX_REPEATS = 8;
    private static final Pattern METRIC = Pattern.compile(
            "([\\p{L}\\p{N}_.-]+)(?:(>=|<=|>|<|=)([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?))?(?:@(.+))?");
    private static final String METRIC_FORM = "write metric:TYPE, optionally with a threshold and a dataset/split,"
            + " e.g. metric:accuracy>=0.9@imdb/test (comparisons: >=, >, <=, <, =)";

    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> datasets = new ArrayList<>();
    private final List<String> baseModels = new ArrayList<>();
    private final List<MetricFilter> metrics = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private String name;
    private State status;
    private String license;
    private RiskRating risk;
    private Boolean stale;
    private SearchSort sort;
    private int sortColumn;

    private QueryParser() {}

    static SearchQuery parse(String text) throws InvalidInputException {
        QueryParser p = new QueryParser();
        for (Token t : tokens(text, p.problems)) {
            p.term(t);
        }
        if (p.sort != null && p.sort.key() == SearchSort.Key.METRIC && p.metrics.isEmpty()) {
            p.problem(p.sortColumn, "sort:" + p.sort + " needs a metric to sort on: add a metric:TYPE term, e.g. metric:accuracy");
        }
        if (p.words.size() > MAX_WORDS) {
            p.problem(1, "the query has " + p.words.size() + " free words; at most " + MAX_WORDS + " are searched: leave some out");
        }
        if (!p.problems.isEmpty()) {
            throw new InvalidInputException(p.problems);
        }
        return new SearchQuery(p.name, p.tags, p.status, p.license, p.datasets, p.baseModels, p.metrics, p.risk, p.stale, p.words,
                p.phrases, p.sort, null, SearchQuery.DEFAULT_LIMIT);
    }

    /** One whitespace-separated term; quotes group words, so {@code tag:"computer vision"} is one term. */
    record Token(String raw, String key, String value, int column) {}

    static List<Token> tokens(String text, List<Diagnostic> problems) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder plain = new StringBuilder();
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i++);
                if (c != '"') {
                    plain.append(c);
                    continue;
                }
                int close = text.indexOf('"', i);
                if (close < 0) {
                    problems.add(bad(i, "the quote opened here is not closed: end the phrase with \""));
                    close = text.length();
                }
                plain.append(text, i, close);
                i = Math.min(text.length(), close + 1);
            }
            String raw = text.substring(start, i);
            int colon = raw.startsWith("\"") ? -1 : raw.indexOf(':');
            if (colon > 0) {
                String s = plain.toString();
                out.add(new Token(raw, raw.substring(0, colon).toLowerCase(Locale.ROOT), s.substring(s.indexOf(':') + 1), start + 1));
            } else {
                out.add(new Token(raw, null, plain.toString(), start + 1));
            }
        }
        return out;
    }

    private void term(Token t) {
        if (t.key() == null) {
            Terms.of(t.value()).stream().filter(w -> !words.contains(w)).forEach(words::add);
            List<String> phrase = Terms.words(t.value());
            String joined = String.join(" ", phrase);
            if (t.raw().contains("\"") && phrase.size() > 1 && !phrases.contains(joined)) {
                phrases.add(joined);
            }
            return;
        }
        if (!KEYS.contains(t.key())) {
            String hint = Nearest.amongNames(t.key(), KEYS).map(k -> "did you mean " + k + ":? ").orElse("");
            problem(t.column(), "\"" + t.raw() + "\" is not a search term: " + hint + "the terms are "
                    + String.join(":, ", KEYS) + ": and free words; to search for text with a colon, quote it (\"" + t.raw() + "\")");
            return;
        }
        String v = t.value().strip();
        if (v.isEmpty()) {
            problem(t.column(), t.key() + ": needs a value, e.g. " + example(t.key()));
            return;
        }
        switch (t.key()) {
            case "name" -> name = single(t, name, v);
            case "tag" -> repeat(t, tags, v);
            case "license" -> license = single(t, license, v);
            case "dataset" -> repeat(t, datasets, v);
            case "base_model" -> repeat(t, baseModels, v);
            case "status" -> status = single(t, status, State.parse(v.toLowerCase(Locale.ROOT)).orElse(null), "one of "
                    + String.join(", ", Arrays.stream(State.values()).map(State::id).toList()));
            case "risk" -> risk = single(t, risk, riskOf(v), "high, medium, low or unknown");
            case "stale" -> stale = single(t, stale, bool(v), "true (cards with stale human fields) or false (cards without)");
            case "sort" -> {
                sort = single(t, sort, SearchSort.parse(v.toLowerCase(Locale.ROOT)).orElse(null),
                        "name, updated or metric, with a leading - for largest first (sort:-metric)");
                sortColumn = t.column();
            }
            default -> metric(t, v);
        }
    }

    private void metric(Token t, String v) {
        Matcher m = METRIC.matcher(v);
        if (!m.matches()) {
            problem(t.column(), "\"" + t.raw() + "\" is not a metric condition: " + METRIC_FORM);
            return;
        }
        MetricFilter.Comparison op = m.group(2) == null ? null
                : Arrays.stream(MetricFilter.Comparison.values()).filter(c -> c.symbol().equals(m.group(2))).findFirst().orElseThrow();
        Double threshold = m.group(3) == null ? null : Double.valueOf(m.group(3));
        if (threshold != null && !Double.isFinite(threshold)) {
            problem(t.column(), "\"" + t.raw() + "\" compares with a number too large to hold: use an ordinary number");
            return;
        }
        repeat(t, metrics, new MetricFilter(m.group(1), op, threshold, m.group(4)));
    }

    private String single(Token t, String current, String value) {
        return single(t, current, value, null);
    }

    private <T> T single(Token t, T current, T value, String accepted) {
        if (value == null) {
            problem(t.column(), "\"" + t.raw() + "\": " + t.key() + ": takes " + accepted);
            return current;
        }
        if (current != null) {
            problem(t.column(), t.key() + ": is given twice: give it once (all terms must hold, and a card has one " + t.key() + ")");
            return current;
        }
        return value;
    }

    private <T> void repeat(Token t, List<T> into, T value) {
        if (into.size() >= MAX_REPEATS) {
            problem(t.column(), "more than " + MAX_REPEATS + " " + t.key() + ": terms: leave some out");
        } else {
            into.add(value);
        }
    }

    private static RiskRating riskOf(String v) {
        try {
            return RiskRating.parse(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean bool(String v) {
        return Optional.of(v.toLowerCase(Locale.ROOT)).filter(s -> s.equals("true") || s.equals("false")).map(Boolean::valueOf)
                .orElse(null);
    }

    private static String example(String key) {
        return switch (key) {
            case "status" -> "status:published";
            case "risk" -> "risk:high";
            case "stale" -> "stale:true";
            case "sort" -> "sort:-updated";
            case "metric" -> "metric:accuracy>=0.9";
            case "dataset" -> "dataset:imdb or dataset:sha256:…";
            case "license" -> "license:apache-2.0";
            case "base_model" -> "base_model:bert-base-uncased";
            default -> key + ":nlp";
        };
    }

    private void problem(int column, String message) {
        problems.add(bad(column, message));
    }

    private static Diagnostic bad(int column, String message) {
        return Diagnostic.error(SearchQuery.SUBJECT, 1, column, "search/bad-term", message);
    }
}
