package io.modelcards.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.workflow.State;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {
    private static SearchQuery parse(String text) {
        try {
            return SearchQuery.parse(text);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Diagnostic firstProblem(String text) {
        try {
            SearchQuery.parse(text);
        } catch (InvalidInputException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("'" + text + "' was accepted");
    }

    @Test
    void everyKindOfTermIsReadFromOneQuery() {
        SearchQuery q = parse("status:published license:Apache-2.0 tag:nlp tag:\"computer vision\" dataset:imdb"
                + " base_model:bert-base-uncased risk:high stale:true name:sent metric:accuracy>=0.9@imdb/test sort:-metric"
                + " Some free WORDS");
        assertThat(q.status()).isEqualTo(State.PUBLISHED);
        assertThat(q.license()).isEqualTo("apache-2.0");
        assertThat(q.tags()).containsExactly("nlp", "computer vision");
        assertThat(q.datasets()).containsExactly("imdb");
        assertThat(q.baseModels()).containsExactly("bert-base-uncased");
        assertThat(q.risk()).isEqualTo(RiskRating.HIGH);
        assertThat(q.stale()).isTrue();
        assertThat(q.name()).isEqualTo("sent");
        assertThat(q.metrics()).containsExactly(new MetricFilter("accuracy", MetricFilter.Comparison.AT_LEAST, 0.9, "imdb/test"));
        assertThat(q.sort()).isEqualTo(new SearchSort(SearchSort.Key.METRIC, true));
        assertThat(q.words()).containsExactly("some", "free", "words");
        assertThat(q.cursor()).isNull();
        assertThat(q.limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "metric:accuracy>=0.9         | accuracy | >= | 0.9   |",
        "metric:f1>0.5@sst2           | f1       | >  | 0.5   | sst2",
        "metric:loss<=1e-2@imdb/test  | loss     | <= | 0.01  | imdb/test",
        "metric:mae<3                 | mae      | <  | 3.0   |",
        "metric:bleu=.25              | bleu     | =  | 0.25  |",
        "metric:Accuracy              | accuracy |    |       |",
        "metric:rouge-l@cnn/dm/test   | rouge-l  |    |       | cnn/dm/test",
    })
    void metricConditionsAreReadWithComparisonThresholdAndDataset(String text, String type, String op, Double threshold, String dataset) {
        MetricFilter m = parse(text).metrics().get(0);
        assertThat(m.type()).isEqualTo(type);
        assertThat(m.comparison() == null ? null : m.comparison().symbol()).isEqualTo(op);
        assertThat(m.threshold()).isEqualTo(threshold);
        assertThat(m.dataset()).isEqualTo(dataset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dataset:sha256:5f0c3a9d                 | sha256:5f0c3a9d",
        "dataset:\"my data\"                     | my data",
        "dataset:stanfordnlp/sst2               | stanfordnlp/sst2",
    })
    void datasetValuesMayHoldColonsSlashesAndQuotedSpaces(String text, String dataset) {
        assertThat(parse(text).datasets()).containsExactly(dataset);
    }

    @Test
    void aQuotedPhraseGivesItsWordsAndAColonInsideQuotesIsText() {
        assertThat(parse("\"out of scope\" \"ratio:3\"").words()).containsExactly("out", "of", "scope", "ratio");
    }

    @Test
    void anEmptyQueryFindsEverythingByName() {
        assertThat(parse("   ")).isEqualTo(SearchQuery.all());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "colour:red                          | 1  | \"colour:red\" is not a search term",
        "tag:nlp  stauts:draft               | 10 | did you mean status:?",
        "status:shipped                      | 1  | status: takes one of draft, in_review",
        "risk:extreme                        | 1  | risk: takes high, medium, low or unknown",
        "stale:maybe                         | 1  | stale: takes true",
        "sort:size                           | 1  | sort: takes name, updated or metric",
        "sort:-metric words                  | 1  | needs a metric to sort on",
        "metric:>=0.9                        | 1  | is not a metric condition",
        "metric:accuracy>=high               | 1  | is not a metric condition",
        "tag:                                | 1  | tag: needs a value",
        "license:mit license:apache-2.0      | 13 | license: is given twice",
        "words \"open phrase                 | 7  | is not closed",
    })
    void aBadTermIsLocatedAtItsColumnAndSaysWhatIsAccepted(String text, int column, String message) {
        Diagnostic d = firstProblem(text);
        assertThat(d.code()).isEqualTo("search/bad-term");
        assertThat(d.file()).isEqualTo(SearchQuery.SUBJECT);
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(column);
        assertThat(d.message()).contains(message);
    }

    @Test
    void everyBadTermIsReportedNotOnlyTheFirst() {
        assertThatThrownBy(() -> SearchQuery.parse("risk:x stale:y ok"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Diagnostic::column).containsExactly(1, 8));
    }

    @Test
    void tooManyFreeWordsAreRefused() {
        assertThat(firstProblem("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13").message()).contains("at most 12");
    }

    @Test
    void theTextOfAQueryParsesBackToTheSameQuery() {
        SearchQuery q = parse("tag:\"computer vision\" status:in_review metric:f1>0.5@imdb/test risk:low stale:false sort:-updated"
                + " dataset:sha256:ab name:x hello");
        assertThat(parse(q.text())).isEqualTo(q);
    }

    @Test
    void aLimitOutOfRangeAndACursorFromAnotherSortAreLocatedProblems() throws InvalidInputException {
        String byName = new SearchCursor("alpha", 3).encode(SearchSort.DEFAULT);
        assertThat(SearchQuery.parse("tag:x", byName, 5).cursor()).isEqualTo(byName);
        assertThatThrownBy(() -> SearchQuery.parse("sort:-updated", byName, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Diagnostic::code).containsExactly("search/bad-limit", "search/bad-cursor"));
        assertThatThrownBy(() -> SearchQuery.parse("", "not-a-cursor!", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Diagnostic::code).containsExactly("search/bad-cursor"));
    }

    @Test
    void theRecordRefusesAMetricSortWithoutAMetric() {
        assertThatThrownBy(() -> new SearchQuery(null, List.of(), null, null, List.of(), List.of(), List.of(), null, null, List.of(),
                new SearchSort(SearchSort.Key.METRIC, false), null, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuotedPhraseIsKeptWholeBesideItsWords() {
        SearchQuery q = parse("toxic \"Movie, reviews\" movie \"one\"");
        assertThat(q.words()).containsExactly("toxic", "movie", "reviews", "one");
        assertThat(q.phrases()).containsExactly("movie reviews");
        assertThat(parse(q.text())).isEqualTo(q);
    }
}
