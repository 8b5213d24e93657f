package io.modelcards.registry.search;

import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The Lucene query a {@link SearchQuery} becomes: one filter clause per condition, all of which must hold. */
final class LuceneQueries {
    private LuceneQueries() {}

    /** The query that matches exactly the documents of the versions {@code q} finds. */
    static Query of(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        if (q.name() != null) {
            clauses += filter(b, new PrefixQuery(new Term(CardDocument.MODEL, q.name())));
        }
        for (String t : q.tags()) {
            clauses += filter(b, term(CardDocument.facet("tag"), t));
        }
        if (q.status() != null) {
            clauses += filter(b, term(CardDocument.STATE, q.status().id()));
        }
        if (q.license() != null) {
            clauses += filter(b, term(CardDocument.facet("license"), q.license()));
        }
        for (String d : q.datasets()) {
            clauses += filter(b, term(CardDocument.facet(d.startsWith("sha256:") ? "dataset_hash" : "dataset"), d));
        }
        for (String m : q.baseModels()) {
            clauses += filter(b, term(CardDocument.facet("base_model"), m));
        }
        for (MetricFilter m : q.metrics()) {
            clauses += filter(b, metric(m));
        }
        if (q.risk() != null) {
            clauses += filter(b, term(CardDocument.RISK, q.risk().text()));
        }
        if (q.stale() != null) {
            clauses += filter(b, term(CardDocument.STALE, q.stale().toString()));
        }
        for (String w : q.words()) {
            clauses += filter(b, term(CardDocument.TEXT, w));
        }
        for (String p : q.phrases()) {
            clauses += filter(b, new PhraseQuery(CardDocument.TEXT, List.of(p.split(" ")).toArray(String[]::new)));
        }
        return clauses == 0 ? new MatchAllDocsQuery() : b.build();
    }

    /** The field {@code m} looks at: its metric's results, or only those on its dataset (or dataset/split). */
    static String metricField(MetricFilter m) {
        return CardDocument.metric(m.type(), m.dataset());
    }

    /** A version with a result of {@code m}'s metric, on its dataset, whose value passes its comparison. */
    private static Query metric(MetricFilter m) {
        String field = metricField(m);
        if (m.comparison() == null) {
            return DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double t = m.threshold();
        return switch (m.comparison()) {
            case AT_LEAST -> DoublePoint.newRangeQuery(field, t, Double.POSITIVE_INFINITY);
            case ABOVE -> DoublePoint.newRangeQuery(field, Math.nextUp(t), Double.POSITIVE_INFINITY);
            case AT_MOST -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, t);
            case BELOW -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(t));
            case EQUAL -> DoublePoint.newExactQuery(field, t);
        };
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static int filter(BooleanQuery.Builder b, Query q) {
        b.add(q, BooleanClause.Occur.FILTER);
        return 1;
    }
}
