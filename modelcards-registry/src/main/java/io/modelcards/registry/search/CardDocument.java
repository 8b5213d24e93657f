package io.modelcards.registry.search;

import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.workflow.State;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * The Lucene document of one version's current card, and the hit read back from its stored fields. Facts are exact
 * lower-cased terms, each overall metric result a point per key it answers to ({@link #metricKeys}), the human text one
 * field of words ({@link WordStream}); the model name and update time have doc values for the sorts.
 */
final class CardDocument {
    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    static final String MODEL = "model";
    static final String STATE = "state";
    static final String REVISION = "revision";
    static final String RISK = "risk";
    static final String STALE = "stale";
    static final String UPDATED = "updated";
    static final String TEXT = "text";
    private static final String VERSION = "version";
    private static final String STALE_COUNT = "stale_count";
    private static final String COMPLETENESS = "completeness";
    private static final String PRIMARY_TYPE = "p_type";
    private static final String PRIMARY_VALUE = "p_value";
    private static final String PRIMARY_DATASET = "p_dataset";
    private static final String PRIMARY_SPLIT = "p_split";
    /** The fields a search reads back to describe a hit. */
    static final List<String> SHOWN = List.of(ID, MODEL, VERSION, STATE, REVISION, RISK, STALE_COUNT, COMPLETENESS, UPDATED,
            PRIMARY_TYPE, PRIMARY_VALUE, PRIMARY_DATASET, PRIMARY_SPLIT);
    /** Between a metric and its dataset in a key: a character no name in a query can hold. */
    private static final char KEY_BREAK = '\u001f';

    private CardDocument() {}

    /** The field of a facet kind ({@code tag}, {@code license}, {@code dataset}, {@code dataset_hash}, {@code base_model}). */
    static String facet(String kind) {
        return "f_" + kind;
    }

    /** The field of the metric results a {@link MetricFilter} with {@code type} and {@code dataset} (or null) looks at. */
    static String metric(String type, String dataset) {
        return "m_" + type + (dataset == null ? "" : KEY_BREAK + dataset);
    }

    /**
     * The metric fields a result answers to: its metric alone, with its dataset, and with dataset/split. A filter's
     * {@code @D} then matches where the dataset is D, or the dataset is D's head and the split its tail; a split holding
     * a {@code /} is never a tail (a filter splits D at its last {@code /}), so it gets no dataset/split key.
     */
    static Set<String> metricKeys(IndexedCard.MetricRow row) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(metric(row.metric(), null));
        if (row.dataset() != null) {
            keys.add(metric(row.metric(), row.dataset()));
            if (!row.dataset().isEmpty() && row.split() != null && !row.split().isEmpty() && row.split().indexOf('/') < 0) {
                keys.add(metric(row.metric(), row.dataset() + "/" + row.split()));
            }
        }
        return keys;
    }

    /** The document of version {@code v} whose current card is {@code card}. */
    static Document of(VersionRow v, IndexedCard card) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(v.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID_SORT, v.id()));
        d.add(new StringField(MODEL, v.model(), Field.Store.YES));
        d.add(new SortedDocValuesField(MODEL, new BytesRef(v.model())));
        d.add(new StoredField(VERSION, v.version()));
        d.add(new StringField(STATE, v.state().id(), Field.Store.YES));
        d.add(new StoredField(REVISION, v.revision().toString()));
        d.add(new StringField(RISK, card.risk(), Field.Store.YES));
        d.add(new StringField(STALE, Boolean.toString(card.staleCount() > 0), Field.Store.NO));
        d.add(new StoredField(STALE_COUNT, card.staleCount()));
        d.add(new StoredField(COMPLETENESS, card.completeness()));
        d.add(new StoredField(UPDATED, v.updatedAt().toString()));
        d.add(new NumericDocValuesField(UPDATED, nanos(v.updatedAt())));
        SearchHit.Metric p = card.primary();
        if (p != null) {
            d.add(new StoredField(PRIMARY_TYPE, p.type()));
            d.add(new StoredField(PRIMARY_VALUE, p.value()));
            stored(d, PRIMARY_DATASET, p.dataset());
            stored(d, PRIMARY_SPLIT, p.split());
        }
        for (IndexedCard.Facet f : card.facets()) {
            d.add(new StringField(facet(f.kind()), f.value(), Field.Store.NO));
        }
        for (IndexedCard.MetricRow m : card.metrics()) {
            for (String key : metricKeys(m)) {
                d.add(new DoublePoint(key, m.score()));
                d.add(new SortedNumericDocValuesField(key, NumericUtils.doubleToSortableLong(m.score())));
            }
        }
        d.add(new TextField(TEXT, new WordStream(card.text())));
        return d;
    }

    /** The hit a stored document describes. */
    static SearchHit hit(Document d) {
        String state = d.get(STATE);
        SearchHit.Metric primary = d.get(PRIMARY_TYPE) == null ? null : new SearchHit.Metric(d.get(PRIMARY_TYPE),
                d.getField(PRIMARY_VALUE).numericValue().doubleValue(), d.get(PRIMARY_DATASET), d.get(PRIMARY_SPLIT));
        return new SearchHit(d.get(MODEL), d.get(VERSION),
                State.parse(state).orElseThrow(() -> new IllegalStateException("unknown state '" + state + "' in the search index")),
                ContentHash.parse(d.get(REVISION)), primary, RiskRating.parse(d.get(RISK)),
                d.getField(COMPLETENESS).numericValue().intValue(), d.getField(STALE_COUNT).numericValue().intValue(),
                Instant.parse(d.get(UPDATED)));
    }

    /** The sort value of an update time: nanoseconds since the epoch (exact for times up to the year 2262). */
    static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }
}
