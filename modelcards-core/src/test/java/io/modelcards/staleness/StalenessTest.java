package io.modelcards.staleness;

import static io.modelcards.staleness.StaleCards.IMDB_V1;
import static io.modelcards.staleness.StaleCards.IMDB_V2;
import static io.modelcards.staleness.StaleCards.dataset;
import static io.modelcards.staleness.StaleCards.documented;
import static io.modelcards.staleness.StaleCards.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.card.DatasetInfoBuilder;
import io.modelcards.card.Evaluation;
import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StalenessTest {

    static Stream<Arguments> factChanges() {
        return Stream.of(
                Arguments.of("version", (UnaryOperator<ModelCard>) c -> c.withDetails(c.details().withVersion("1.1")),
                        "version 1.0 → 1.1"),
                Arguments.of("model name", (UnaryOperator<ModelCard>) c -> c.withDetails(c.details().withName("sentiment-xl")),
                        "model name sentiment → sentiment-xl"),
                Arguments.of("artifact", (UnaryOperator<ModelCard>) c -> c.withDetails(c.details().withArtifact("sha256:2222bbbb")),
                        "model artifact sha256:1111… → sha256:2222…"),
                Arguments.of("training data", (UnaryOperator<ModelCard>) c -> c.withDatasets(
                        List.of(dataset("imdb", "training", IMDB_V2), c.datasets().get(1))),
                        "training data imdb changed sha256:a0f5… → sha256:9c1e…"),
                Arguments.of("dataset removed", (UnaryOperator<ModelCard>) c -> c.withDatasets(List.of(c.datasets().get(0))),
                        "dataset sst2 removed"),
                Arguments.of("primary metric", (UnaryOperator<ModelCard>) c -> c.withEvaluation(Evaluation.EMPTY.withQuantitative(
                        List.of(result("accuracy", 0.842, true), result("f1", 0.85, false)))),
                        "accuracy 0.867 → 0.842"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factChanges")
    void eachKindOfFactChangeFlagsExactlyTheFieldsWrittenAgainstItWithTheReason(String kind, UnaryOperator<ModelCard> change,
            String reason) throws Exception {
        List<StaleField> stale = Staleness.of(change.apply(documented()));
        assertThat(stale).containsExactly(new StaleField("/uses/direct_use", List.of(reason)),
                new StaleField("/considerations/bias_risks_limitations", List.of(reason)));
    }

    @Test
    void aCardWhoseFactsAreAsWrittenHasNoStaleField() throws Exception {
        assertThat(Staleness.of(documented())).isEmpty();
    }

    @Test
    void aMetricThatIsNotPrimaryDoesNotMakeTextStale() throws Exception {
        ModelCard c = documented();
        ModelCard changed = c.withEvaluation(Evaluation.EMPTY.withQuantitative(
                List.of(result("accuracy", 0.867, true), result("f1", 0.70, false))));
        assertThat(Staleness.of(changed)).isEmpty();
    }

    @Test
    void aDatasetAddedSinceTheTextWasWrittenDoesNotMakeItStale() throws Exception {
        ModelCard c = documented();
        ModelCard more = c.withDatasets(List.of(c.datasets().get(0), c.datasets().get(1), dataset("yelp", "training", IMDB_V1)));
        assertThat(Staleness.of(more)).isEmpty();
    }

    @Test
    void severalChangesAreAllNamedInOneReason() throws Exception {
        ModelCard c = documented();
        ModelCard retrained = c.withDetails(c.details().withVersion("1.1"))
                .withDatasets(List.of(dataset("imdb", "training", IMDB_V2), c.datasets().get(1)))
                .withEvaluation(Evaluation.EMPTY.withQuantitative(List.of(result("accuracy", 0.842, true))));
        assertThat(Staleness.of(retrained).get(0).reason())
                .isEqualTo("version 1.0 → 1.1; training data imdb changed sha256:a0f5… → sha256:9c1e…; accuracy 0.867 → 0.842");
    }

    @Test
    void aTextWithoutARecordedBasisIsNeverStale() throws Exception {
        ModelCard c = StaleCards.captured();
        c = c.withProvenance(Provenance.EMPTY.with("/uses", new Origin.Human("ana", null, null)))
                .withUses(c.uses().withDirectUse("Sort reviews."));
        assertThat(Staleness.of(c.withDetails(c.details().withVersion("9")))).isEmpty();
    }

    @Test
    void confirmingClearsStalenessAndRecordsWhoAndWhenWithoutChangingTheText() throws Exception {
        ModelCard c = documented();
        ModelCard retrained = c.withDetails(c.details().withVersion("1.1"));
        ModelCard confirmed = Staleness.confirm(retrained, "/uses/direct_use", "bo", "2026-12-06T10:00:00Z");
        assertThat(Staleness.of(confirmed)).extracting(StaleField::pointer).containsExactly("/considerations/bias_risks_limitations");
        Origin.Human h = (Origin.Human) confirmed.provenance().origins().get("/uses/direct_use");
        assertThat(h.confirmed()).isEqualTo(new Origin.Confirmation("bo", "2026-12-06T10:00:00Z"));
        assertThat(h.author()).isEqualTo("ana");
        assertThat(confirmed.withProvenance(retrained.provenance())).isEqualTo(retrained);
    }

    @Test
    void confirmingAFieldNoPersonWroteIsRefusedWithItsPointer() {
        ModelCard c = StaleCards.captured();
        assertThatThrownBy(() -> Staleness.confirm(c, "/details/version", "bo", null))
                .hasMessageContaining("/details/version holds no text a person wrote")
                .hasMessageContaining("[confirm/not-human]");
    }

    @Test
    void fieldsAboutPeopleAndTheFactsThemselvesAreNotSensitive() {
        assertThat(Stream.of("/details/contact", "/details/owners/0/name", "/details/version", "/metadata/license", "/datasets/0")
                .filter(Staleness::sensitive)).isEmpty();
        assertThat(Stream.of("/uses/direct_use", "/considerations", "/governance/risk", "/details/description", "/sections")
                .allMatch(Staleness::sensitive)).isTrue();
    }

    @Test
    void twoDatasetsOfOneNameAreToldApartBySplit() {
        Facts facts = Facts.of(StaleCards.captured().withDatasets(List.of(
                DatasetInfoBuilder.builder().name("imdb").split("train").contentHash("sha256:1").build(),
                DatasetInfoBuilder.builder().name("imdb").split("test").contentHash("sha256:2").build())));
        assertThat(facts.datasets()).isEqualTo(Map.of("imdb (train)", "sha256:1", "imdb (test)", "sha256:2"));
    }
}
