package io.modelcards.registry.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.RiskRating;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.catalog.Catalog;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.workflow.State;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;

class SearchTest {
    private static final Instant T0 = Writes.T0;
    private static final String HASH_A = "sha256:" + "a".repeat(64);
    private static final String HASH_B = "sha256:" + "b".repeat(64);

    private Writes writes;
    private SearchIndex index;

    @AfterEach
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    /** Uploads {@code card} as {@code model}'s {@code version}, each upload a minute after the previous one. */
    private void put(Database db, String model, String version, ModelCard card) {
        if (writes == null) {
            writes = new Writes(db);
        }
        writes.put(model, version, card);
    }

    private SearchIndex index(Database db) {
        if (index == null) {
            index = SearchIndex.open(db, null);
        }
        return index;
    }

    private List<String> found(Database db, String query) {
        try {
            return all(db, SearchQuery.parse(query).withLimit(SearchQuery.MAX_LIMIT));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private List<String> all(Database db, SearchQuery q) {
        return index(db).search(q).items().stream().map(h -> h.model() + "@" + h.version()).toList();
    }

    /** Six versions, each with facts the others lack. */
    private void seed(Database db) {
        put(db, "alpha", "1", TestCards.card("Classifies movie reviews by sentiment.").tags("nlp", "sentiment").license("apache-2.0")
                .dataset("imdb", HASH_A).baseModel("bert-base-uncased").metric("accuracy", 0.93, "imdb", "test").build());
        put(db, "bravo", "1", TestCards.card("Detects toxic comments in forums.").tags("nlp").license("mit")
                .dataset("civil_comments", HASH_B).risk(RiskRating.HIGH).metric("accuracy", 0.87, "imdb", "test")
                .metric("f1", 0.91, "civil_comments", "validation").build());
        put(db, "charlie", "2", TestCards.card("Segments images of roads.").tags("vision").license("apache-2.0")
                .risk(RiskRating.LOW).metric("iou", 0.7, "cityscapes", "val").staleUse("Use on dashcam video.").build());
        put(db, "delta", "1", TestCards.card("Ranks passages for movie search.").tags("nlp", "retrieval")
                .baseModel("bert-base-uncased").metric("accuracy", 0.95, "msmarco", "dev").build());
        put(db, "echo", "1", TestCards.card("An empty card about sentiment.").slicedMetric("accuracy", 0.99, "imdb").build());
        put(db, "foxtrot", "3", TestCards.card("Toxic movie reviews get flagged.").tags("nlp").license("mit")
                .metric("accuracy", 0.90, "imdb", "test").metric("accuracy", 0.80, "imdb", "validation").build());
    }

    @StorageTest
    void eachFilterFindsExactlyTheCardsThatMatchIt(Database db) {
        seed(db);
        Map<String, List<String>> table = new LinkedHashMap<>();
        table.put("", List.of("alpha@1", "bravo@1", "charlie@2", "delta@1", "echo@1", "foxtrot@3"));
        table.put("name:ch", List.of("charlie@2"));
        table.put("tag:nlp", List.of("alpha@1", "bravo@1", "delta@1", "foxtrot@3"));
        table.put("tag:NLP tag:retrieval", List.of("delta@1"));
        table.put("license:mit", List.of("bravo@1", "foxtrot@3"));
        table.put("dataset:imdb", List.of("alpha@1"));
        table.put("dataset:" + HASH_B, List.of("bravo@1"));
        table.put("base_model:bert-base-uncased", List.of("alpha@1", "delta@1"));
        table.put("risk:high", List.of("bravo@1"));
        table.put("risk:unknown", List.of("alpha@1", "delta@1", "echo@1", "foxtrot@3"));
        table.put("stale:true", List.of("charlie@2"));
        table.put("stale:false", List.of("alpha@1", "bravo@1", "delta@1", "echo@1", "foxtrot@3"));
        table.put("status:draft", List.of("alpha@1", "bravo@1", "charlie@2", "delta@1", "echo@1", "foxtrot@3"));
        table.put("status:published", List.of());
        table.put("metric:accuracy>=0.9", List.of("alpha@1", "delta@1", "foxtrot@3"));
        table.put("metric:accuracy>=0.9@imdb/test", List.of("alpha@1", "foxtrot@3"));
        table.put("metric:accuracy<0.85@imdb", List.of("foxtrot@3"));
        table.put("metric:accuracy>0.95", List.of());
        table.put("metric:f1@civil_comments", List.of("bravo@1"));
        table.put("movie", List.of("alpha@1", "delta@1", "foxtrot@3"));
        table.put("Movie REVIEWS", List.of("alpha@1", "foxtrot@3"));
        table.put("\"movie reviews\"", List.of("alpha@1", "foxtrot@3"));
        table.put("\"reviews movie\"", List.of());
        table.put("dashcam", List.of("charlie@2"));
        table.put("submarine", List.of());
        SoftAssertions soft = new SoftAssertions();
        table.forEach((query, expected) -> soft.assertThat(found(db, query)).as(query).containsExactlyElementsOf(expected));
        soft.assertAll();
    }

    @StorageTest
    void pagesOfTwoGiveTheHitsOfOnePageWhateverTheConditions(Database db) throws InvalidInputException {
        seed(db);
        for (String text : List.of("tag:nlp license:mit movie", "metric:accuracy>=0.9@imdb/test tag:nlp", "dataset:" + HASH_A + " movie",
                "metric:accuracy sort:-metric tag:nlp", "toxic sort:-updated", "base_model:bert-base-uncased metric:accuracy>0.94")) {
            SearchQuery q = SearchQuery.parse(text, null, 2);
            List<String> whole = all(db, q.withLimit(SearchQuery.MAX_LIMIT));
            assertThat(whole).as(text).isNotEmpty();
            assertThat(paged(db, q, 2)).as(text).containsExactlyElementsOf(whole);
        }
    }

    @StorageTest
    void anUploadRolledBackWithItsAuditEntryIsNeverFound(Database db) {
        put(db, "kept", "1", TestCards.card("kept").build());
        assertThat(found(db, "")).containsExactly("kept@1");
        Catalog catalog = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC));
        catalog.createModel("m", "ann");
        catalog.createVersion("m", "1", "ann");
        db.jdbi().useTransaction(h -> {
            catalog.within(h).upload("m", "1", TestCards.card("rolled back").build(), "ann", null);
            Writes.audit(h, Clock.systemUTC(), "m", "1");
            h.rollback();
        });
        put(db, "later", "1", TestCards.card("later").build());
        assertThat(found(db, "")).containsExactly("kept@1", "later@1");
    }

    @StorageTest
    void conditionsOfDifferentKindsMustAllHold(Database db) {
        seed(db);
        assertThat(found(db, "tag:nlp license:mit metric:accuracy>=0.9 movie")).containsExactly("foxtrot@3");
        assertThat(found(db, "tag:nlp license:mit risk:high toxic")).containsExactly("bravo@1");
        assertThat(found(db, "tag:vision license:mit")).isEmpty();
    }

    @StorageTest
    void aMetricNoCardReportsFindsNothingAndIsNoError(Database db) {
        seed(db);
        assertThat(found(db, "metric:perplexity<10")).isEmpty();
        assertThat(found(db, "metric:accuracy@nowhere sort:-metric")).isEmpty();
    }

    @StorageTest
    void aResultOnASliceOfTheDataIsNotAnOverallResult(Database db) {
        seed(db);
        assertThat(found(db, "metric:accuracy>=0.98")).isEmpty();
    }

    @StorageTest
    void aStateChangeIsFoundByStatusAtTheNextSearch(Database db) {
        seed(db);
        assertThat(found(db, "status:in_review")).isEmpty();
        Catalog catalog = new Catalog(db, Clock.systemUTC());
        db.jdbi().useTransaction(h -> {
            catalog.within(h).setState("bravo", "1", State.DRAFT, State.IN_REVIEW);
            Writes.audit(h, Clock.systemUTC(), "bravo", "1");
        });
        assertThat(found(db, "status:in_review")).containsExactly("bravo@1");
        assertThat(index(db).search(SearchQuery.all()).items()).filteredOn(h -> h.model().equals("bravo"))
                .extracting(SearchHit::state).containsExactly(State.IN_REVIEW);
    }

    @StorageTest
    void aVersionIsFoundOnceAndOnlyByItsCurrentCard(Database db) {
        put(db, "m", "1", TestCards.card("first words").tags("old").build());
        ModelCard second = TestCards.card("second words").tags("new").metric("accuracy", 0.5, "d", "s").build();
        put(db, "m", "1", second);
        assertThat(found(db, "first")).isEmpty();
        assertThat(found(db, "tag:old")).isEmpty();
        assertThat(found(db, "words")).containsExactly("m@1");
        SearchHit hit = index(db).search(SearchQuery.all()).items().get(0);
        assertThat(hit.revision()).isEqualTo(ContentHash.of(second));
        assertThat(hit.primaryMetric()).isEqualTo(new SearchHit.Metric("accuracy", 0.5, "d", "s"));
    }

    @StorageTest
    void aHitDescribesTheCardsRiskStaleFieldsAndCompleteness(Database db) {
        seed(db);
        SearchHit charlie = index(db).search(SearchQuery.all()).items().get(2);
        assertThat(charlie.model()).isEqualTo("charlie");
        assertThat(charlie.risk()).isEqualTo(RiskRating.LOW);
        assertThat(charlie.staleCount()).isEqualTo(1);
        assertThat(charlie.completeness()).isBetween(1, 99);
        assertThat(charlie.updatedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @StorageTest
    void aMetricSortOrdersByEachVersionsBestMatchingResultOnce(Database db) {
        seed(db);
        assertThat(found(db, "metric:accuracy sort:-metric")).containsExactly("delta@1", "alpha@1", "foxtrot@3", "bravo@1");
        assertThat(found(db, "metric:accuracy@imdb sort:metric")).containsExactly("foxtrot@3", "bravo@1", "alpha@1");
        assertThat(found(db, "sort:-updated tag:nlp")).containsExactly("foxtrot@3", "delta@1", "bravo@1", "alpha@1");
    }

    @StorageTest
    void pagesInEveryOrderHaveNoDuplicatesAndNoGaps(Database db) throws InvalidInputException {
        for (int i = 0; i < 23; i++) {
            String model = "m" + (char) ('a' + (i * 7) % 23);
            put(db, model, "1." + i, TestCards.card("words " + i).metric("accuracy", (i * 37 % 11) / 10.0, "d", "s").build());
        }
        for (String sort : List.of("sort:name", "sort:-name", "sort:updated", "sort:-updated", "metric:accuracy sort:metric",
                "metric:accuracy sort:-metric")) {
            SearchQuery q = SearchQuery.parse(sort);
            List<String> everything = all(db, q.withLimit(100));
            assertThat(everything).as(sort).hasSize(23);
            assertThat(paged(db, q, 4)).as(sort).containsExactlyElementsOf(everything);
        }
    }

    private List<String> paged(Database db, SearchQuery q, int size) {
        List<String> out = new ArrayList<>();
        SearchQuery page = q.withLimit(size);
        while (true) {
            Page<SearchHit> p = index(db).search(page);
            p.items().forEach(h -> out.add(h.model() + "@" + h.version()));
            if (p.nextCursor() == null) {
                return out;
            }
            page = page.withCursor(p.nextCursor());
        }
    }

    @StorageTest
    void versionsAddedBetweenPagesNeitherRepeatNorPushOthersOut(Database db) throws InvalidInputException {
        for (String m : List.of("b", "d", "f", "h")) {
            put(db, m, "1", TestCards.card("x").build());
        }
        SearchQuery q = SearchQuery.parse("", null, 2);
        Page<SearchHit> first = index(db).search(q);
        put(db, "a", "1", TestCards.card("x").build());
        put(db, "e", "1", TestCards.card("x").build());
        Page<SearchHit> second = index(db).search(q.withCursor(first.nextCursor()));
        assertThat(first.items()).extracting(SearchHit::model).containsExactly("b", "d");
        assertThat(second.items()).extracting(SearchHit::model).containsExactly("e", "f");
    }

    @StorageTest
    void aPhraseMatchesItsWordsOnlyAdjacentAndInOrder(Database db) {
        seed(db);
        assertThat(found(db, "\"movie search\"")).containsExactly("delta@1");
        assertThat(found(db, "\"Movie, reviews!\" toxic")).containsExactly("foxtrot@3");
        assertThat(found(db, "\"movie reviews by sentiment\"")).containsExactly("alpha@1");
        assertThat(found(db, "\"reviews by movie\"")).isEmpty();
        assertThat(found(db, "movie \"passages movie\"")).isEmpty();
    }

    @StorageTest
    void aPhraseDoesNotMatchAcrossTwoFields(Database db) {
        put(db, "split", "1", TestCards.card("It ends with movie").staleUse("Reviews come next.").build());
        put(db, "whole", "1", TestCards.card("Movie reviews come here.").build());
        assertThat(found(db, "movie reviews")).containsExactly("split@1", "whole@1");
        assertThat(found(db, "\"movie reviews\"")).containsExactly("whole@1");
    }

    @StorageTest
    void anEditReplacesTheTermsTheCardLostAndKeepsTheOnesItKept(Database db) {
        put(db, "m", "1", TestCards.card("kept lost").build());
        put(db, "m", "1", TestCards.card("kept gained").build());
        put(db, "n", "1", TestCards.card("lost elsewhere").build());
        assertThat(found(db, "kept")).containsExactly("m@1");
        assertThat(found(db, "gained")).containsExactly("m@1");
        assertThat(found(db, "lost")).containsExactly("n@1");
        assertThat(found(db, "\"kept gained\"")).containsExactly("m@1");
    }

    @StorageTest
    void aNewIndexHoldsEveryCurrentCardEvenOnesWrittenWithoutAuditEntries(Database db) {
        Catalog unaudited = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC));
        unaudited.createModel("late", "ann");
        unaudited.createVersion("late", "1", "ann");
        unaudited.upload("late", "1", TestCards.card("first draft").build(), "ann");
        unaudited.upload("late", "1", TestCards.card("written before the index").tags("old").build(), "ann");
        put(db, "early", "1", TestCards.card("written after").build());
        assertThat(found(db, "written")).containsExactly("early@1", "late@1");
        assertThat(found(db, "\"before the index\" tag:old")).containsExactly("late@1");
        assertThat(found(db, "draft")).isEmpty();
    }
}
