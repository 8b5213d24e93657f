package io.modelcards.registry.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;

/**
 * Collects the first hits of a metric sort after a cursor. A version's sort value is its best result (the largest for a
 * descending sort, else the smallest) among those that pass the query's first metric condition, computed from the doc
 * values of each matching document: the extreme of all its results would be wrong where the threshold excludes it
 * ({@code metric:accuracy<0.9 sort:-metric}). Ties go by version id, in the sort's direction.
 */
final class MetricOrder extends SimpleCollector {
    /** One collected hit: its sort value, version id and global document number. */
    record Entry(double score, long id, int doc) {}

    private final MetricFilter filter;
    private final String field;
    private final boolean descending;
    private final SearchCursor after;
    private final int size;
    private final Comparator<Entry> order;
    private final PriorityQueue<Entry> kept;
    private SortedNumericDocValues values;
    private NumericDocValues ids;
    private int docBase;

    /** Keeps the first {@code size} hits after {@code after} (null: from the start) sorted on {@code filter}. */
    MetricOrder(MetricFilter filter, boolean descending, SearchCursor after, int size) {
        this.filter = filter;
        this.field = LuceneQueries.metricField(filter);
        this.descending = descending;
        this.after = after;
        this.size = size;
        Comparator<Entry> asc = Comparator.<Entry>comparingDouble(Entry::score).thenComparingLong(Entry::id);
        this.order = descending ? asc.reversed() : asc;
        this.kept = new PriorityQueue<>(order.reversed());
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSortedNumeric(context.reader(), field);
        ids = DocValues.getNumeric(context.reader(), CardDocument.ID_SORT);
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!values.advanceExact(doc) || !ids.advanceExact(doc)) {
            return;
        }
        boolean found = false;
        double best = 0;
        // Values come smallest first: an ascending sort stops at the first that passes, a descending one keeps the last.
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
            double v = NumericUtils.sortableLongToDouble(values.nextValue());
            if (filter.accepts(v)) {
                best = v;
                found = true;
                if (!descending) {
                    break;
                }
            }
        }
        if (!found) {
            return;
        }
        Entry e = new Entry(best, ids.longValue(), docBase + doc);
        if (after != null && order.compare(e, new Entry(Double.parseDouble(after.key()), after.id(), 0)) <= 0) {
            return;
        }
        kept.add(e);
        if (kept.size() > size) {
            kept.poll();
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The kept hits, in the sort's order. */
    List<Entry> hits() {
        List<Entry> out = new ArrayList<>(kept);
        out.sort(order);
        return out;
    }
}
