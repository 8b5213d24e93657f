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
import org.jdbi.v3.core.Handle;

class SearchTest {
    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final String HASH_A = "sha256:" + "a".repeat(64);
    private static final String HASH_B = "sha256:" + "b".repeat(64);

    private int tick;

    /** Uploads {@code card} as {@code model}'s {@code version}, each upload a minute after the previous one. */
    private void put(Database db, String model, String version, ModelCard card) {
        Catalog catalog = new Catalog(db, Clock.fixed(T0.plusSeconds(60L * tick++), ZoneOffset.UTC), SearchIndex.LISTENER);
        if (catalog.model(model).isEmpty()) {
            catalog.createModel(model, "ann");
        }
        if (catalog.version(model, version).isEmpty()) {
            catalog.createVersion(model, version, "ann");
        }
        catalog.upload(model, version, card, "ann");
    }

    private static List<String> found(Database db, String query) {
        try {
            return all(db, SearchQuery.parse(query).withLimit(SearchQuery.MAX_LIMIT));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static List<String> all(Database db, SearchQuery q) {
        return new Search(db).run(q).items().stream().map(h -> h.model() + "@" + h.version()).toList();
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
    void everyPlanFindsTheSameHitsWhicheverConditionItStartsFrom(Database db) throws InvalidInputException {
        seed(db);
        for (String text : List.of("tag:nlp license:mit movie", "metric:accuracy>=0.9@imdb/test tag:nlp", "dataset:" + HASH_A + " movie",
                "metric:accuracy sort:-metric tag:nlp", "toxic sort:-updated", "base_model:bert-base-uncased metric:accuracy>0.94")) {
            SearchQuery q = SearchQuery.parse(text, null, 2);
            List<List<String>> walked = db.jdbi().withHandle(h -> pages(h, q, null));
            assertThat(walked).as(text).isNotEmpty();
            for (SearchSql.Candidate driver : SearchSql.candidates(q)) {
                List<List<String>> driven = db.jdbi().withHandle(h -> pages(h, q, driver));
                assertThat(driven).as(text + " from " + driver.sql()).isEqualTo(walked);
            }
        }
    }

    private static List<List<String>> pages(Handle h, SearchQuery q, SearchSql.Candidate driver) {
        List<List<String>> out = new ArrayList<>();
        SearchQuery page = q;
        while (true) {
            Page<SearchHit> p = Search.run(h, page, driver);
            out.add(p.items().stream().map(hit -> hit.model() + "@" + hit.version()).toList());
            if (p.nextCursor() == null) {
                return out;
            }
            page = page.withCursor(p.nextCursor());
        }
    }

    @StorageTest
    void theIndexIsWrittenInTheUploadsTransactionAndRolledBackWithIt(Database db) {
        Catalog catalog = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC), SearchIndex.LISTENER);
        catalog.createModel("m", "ann");
        catalog.createVersion("m", "1", "ann");
        db.jdbi().useTransaction(h -> {
            catalog.within(h).upload("m", "1", TestCards.card("rolled back").build(), "ann", null);
            assertThat(Search.run(h, SearchQuery.all()).items()).hasSize(1);
            h.rollback();
        });
        assertThat(new Search(db).run(SearchQuery.all()).items()).isEmpty();
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
    void theStateIsTheVersionsStateNowWithoutReindexing(Database db) {
        seed(db);
        Catalog catalog = new Catalog(db, Clock.systemUTC(), SearchIndex.LISTENER);
        db.jdbi().useTransaction(h -> catalog.within(h).setState("bravo", "1", State.DRAFT, State.IN_REVIEW));
        assertThat(found(db, "status:in_review")).containsExactly("bravo@1");
        assertThat(new Search(db).run(SearchQuery.all()).items()).filteredOn(h -> h.model().equals("bravo"))
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
        SearchHit hit = new Search(db).run(SearchQuery.all()).items().get(0);
        assertThat(hit.revision()).isEqualTo(ContentHash.of(second));
        assertThat(hit.primaryMetric()).isEqualTo(new SearchHit.Metric("accuracy", 0.5, "d", "s"));
    }

    @StorageTest
    void aHitDescribesTheCardsRiskStaleFieldsAndCompleteness(Database db) {
        seed(db);
        SearchHit charlie = new Search(db).run(SearchQuery.all()).items().get(2);
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

    private static List<String> paged(Database db, SearchQuery q, int size) {
        List<String> out = new ArrayList<>();
        SearchQuery page = q.withLimit(size);
        while (true) {
            Page<SearchHit> p = new Search(db).run(page);
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
        Page<SearchHit> first = new Search(db).run(q);
        put(db, "a", "1", TestCards.card("x").build());
        put(db, "e", "1", TestCards.card("x").build());
        Page<SearchHit> second = new Search(db).run(q.withCursor(first.nextCursor()));
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
        long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM search_terms").mapTo(Long.class).one());
        assertThat(rows).as("m: card, kept, gained; n: card, lost, elsewhere").isEqualTo(6);
    }

    @StorageTest
    void catchingUpIndexesEveryCurrentCardTheIndexLacks(Database db) {
        Catalog unindexed = new Catalog(db, Clock.fixed(T0, ZoneOffset.UTC));
        unindexed.createModel("late", "ann");
        unindexed.createVersion("late", "1", "ann");
        unindexed.upload("late", "1", TestCards.card("first draft").build(), "ann");
        unindexed.upload("late", "1", TestCards.card("written before the index").tags("old").build(), "ann");
        put(db, "early", "1", TestCards.card("written after").build());
        assertThat(found(db, "written")).containsExactly("early@1");
        assertThat(SearchIndex.catchUp(db)).isEqualTo(1);
        assertThat(found(db, "\"before the index\" tag:old")).containsExactly("late@1");
        assertThat(found(db, "draft")).isEmpty();
        assertThat(SearchIndex.catchUp(db)).isZero();
    }
}
