package io.modelcards.registry.search;

import io.modelcards.registry.catalog.Page;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Runs a {@link SearchQuery} on an index searcher: the page of hits after its cursor, and the cursor of the next page. */
final class Hits {
    private static final Set<String> SHOWN = new HashSet<>(CardDocument.SHOWN);

    private Hits() {}

    /** The page {@code q} asks for. */
    static Page<SearchHit> page(IndexSearcher searcher, SearchQuery q) throws IOException {
        Query query = LuceneQueries.of(q);
        SearchCursor at = q.cursor() == null ? null : SearchCursor.decode(q.cursor(), q.sort()).orElseThrow();
        int fetch = q.limit() + 1;
        boolean desc = q.sort().descending();
        List<Integer> docs = new ArrayList<>();
        List<SearchCursor> positions = new ArrayList<>();
        switch (q.sort().key()) {
            case METRIC -> {
                MetricOrder order = new MetricOrder(q.metrics().get(0), desc, at, fetch);
                searcher.search(query, order);
                for (MetricOrder.Entry e : order.hits()) {
                    docs.add(e.doc());
                    positions.add(new SearchCursor(Double.toString(e.score()), e.id()));
                }
            }
            case NAME, UPDATED -> {
                boolean byName = q.sort().key() == SearchSort.Key.NAME;
                Sort sort = new Sort(byName ? new SortField(CardDocument.MODEL, SortField.Type.STRING, desc)
                        : new SortField(CardDocument.UPDATED, SortField.Type.LONG, desc),
                        new SortField(CardDocument.ID_SORT, SortField.Type.LONG, desc));
                // The last document number: no document ties past it, so the cursor's own hit is not repeated.
                int lastDoc = searcher.getIndexReader().maxDoc() - 1;
                FieldDoc after = at == null ? null : new FieldDoc(lastDoc, Float.NaN, new Object[] {
                    byName ? new BytesRef(at.key()) : CardDocument.nanos(Instant.parse(at.key())), at.id()});
                TopDocs top = after == null ? searcher.search(query, fetch, sort) : searcher.searchAfter(after, query, fetch, sort);
                for (ScoreDoc sd : top.scoreDocs) {
                    docs.add(sd.doc);
                    positions.add(null);
                }
            }
            default -> throw new IllegalStateException("no such sort: " + q.sort());
        }
        List<SearchHit> hits = new ArrayList<>();
        String next = null;
        for (int i = 0; i < Math.min(q.limit(), docs.size()); i++) {
            Document stored = searcher.storedFields().document(docs.get(i), SHOWN);
            SearchHit hit = CardDocument.hit(stored);
            hits.add(hit);
            if (i == q.limit() - 1 && docs.size() > q.limit()) {
                long id = Long.parseLong(stored.get(CardDocument.ID));
                SearchCursor last = positions.get(i) != null ? positions.get(i)
                        : new SearchCursor(q.sort().key() == SearchSort.Key.NAME ? hit.model() : hit.updatedAt().toString(), id);
                next = last.encode(q.sort());
            }
        }
        return new Page<>(hits, next);
    }
}
