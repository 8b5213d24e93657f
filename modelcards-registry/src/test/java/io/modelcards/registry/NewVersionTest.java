package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.RegistryException.Kind;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.workflow.State;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** A new version starts from the last published card: people's text carries over, and text on changed facts is stale. */
class NewVersionTest {
    private static final String FACTORS = "/evaluation/factors";
    private static final String DANA = "Accuracy drops on reviews under ten words.";

    @TempDir
    Path home;

    @StorageTest
    void theFirstUploadOfANewVersionKeepsThePersonsTextFromThePublishedCard(TestDatabase db) throws Exception {
        try (Setup s = Setup.open(db, home)) {
            ContentHash published = publishWithHumanFactors(s);
            s.registry.createVersion(s.ann, "m", "1.1.0");
            Upload up = s.registry.upload(s.ann, "m", "1.1.0", captured(0.8853), null);
            Revision rev = up.revision();
            assertThat(rev.parent()).isEqualTo(published);
            assertThat(rev.card().evaluation().factors()).isEqualTo(DANA);
            assertThat(rev.card().provenance().originOf(FACTORS)).isInstanceOfSatisfying(Origin.Human.class,
                    h -> assertThat(h.author()).isEqualTo("ann"));
            assertThat(up.mergeWarnings()).noneMatch(d -> d.code().equals("review/stale"));
        }
    }

    @StorageTest
    void aChangedMetricMakesThePersonsTextStaleAndSubmitIsRefusedUntilItIsConfirmed(TestDatabase db) throws Exception {
        try (Setup s = Setup.open(db, home)) {
            publishWithHumanFactors(s);
            s.registry.createVersion(s.ann, "m", "1.1.0");
            Upload up = s.registry.upload(s.ann, "m", "1.1.0", captured(0.9112), null);
            assertThat(up.mergeWarnings()).anySatisfy(d -> {
                assertThat(d.code()).isEqualTo("review/stale");
                assertThat(d.pointer()).isEqualTo(FACTORS);
            });
            ContentHash stale = up.revision().hash();
            RegistryException refused = Refused.by(() -> s.registry.submit(s.ann, "m", "1.1.0", stale), Kind.INVALID,
                    "review/stale");
            // Every text a person wrote rests on the old accuracy: the factors ann wrote, and the uses Dana wrote.
            List<String> pointers = refused.problems().stream().map(d -> d.pointer()).toList();
            assertThat(pointers).contains(FACTORS, "/uses/direct_use").allMatch(p -> p.startsWith("/uses/") || p.equals(FACTORS));
            // Setting each text again unchanged is the person's confirmation: it is written against the new facts now.
            JsonNode tree = CardMappers.json().valueToTree(up.revision().card());
            List<FieldEdit> same = pointers.stream().map(p -> FieldEdit.set(p, tree.at(p))).toList();
            Revision confirmed = s.registry.edit(s.ann, "m", "1.1.0", same, stale);
            assertThat(confirmed.card().evaluation().factors()).isEqualTo(DANA);
            assertThat(s.registry.submit(s.ann, "m", "1.1.0", confirmed.hash()).to()).isEqualTo(State.IN_REVIEW);
        }
    }

    @StorageTest
    void aSecondUploadToTheNewVersionReplacesTheMergedCard(TestDatabase db) throws Exception {
        try (Setup s = Setup.open(db, home)) {
            publishWithHumanFactors(s);
            s.registry.createVersion(s.ann, "m", "1.1.0");
            ContentHash merged = s.registry.upload(s.ann, "m", "1.1.0", captured(0.9112), null).revision().hash();
            Upload second = s.registry.upload(s.ann, "m", "1.1.0", captured(0.9112), merged);
            assertThat(second.mergeWarnings()).isEmpty();
            assertThat(second.revision().parent()).isEqualTo(merged);
            assertThat(second.revision().card().evaluation().factors()).isNotEqualTo(DANA);
        }
    }

    @StorageTest
    void aVersionOfAModelWithNothingPublishedStartsFromNothing(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            s.approved("m", "1.0.0");
            s.registry.createVersion(s.ann, "m", "1.1.0");
            Upload up = s.registry.upload(s.ann, "m", "1.1.0", Setup.card("fresh"), null);
            assertThat(up.revision().parent()).isNull();
            Refused.by(() -> s.registry.edit(s.ann, "m", "1.2.0", List.of(FieldEdit.remove("/uses")), null), Kind.NOT_FOUND,
                    "catalog/unknown-version");
        }
    }

    /** Version 1.0.0 of "m" with ann's text in /evaluation/factors, approved by rita and published. */
    private static ContentHash publishWithHumanFactors(Setup s) {
        s.registry.createModel(s.ann, "m");
        s.registry.createVersion(s.ann, "m", "1.0.0");
        ContentHash first = s.registry.upload(s.ann, "m", "1.0.0", Fixtures.card("classifier-sentiment"), null).revision().hash();
        ContentHash edited = s.registry.edit(s.ann, "m", "1.0.0", List.of(FieldEdit.set(FACTORS, Json.text(DANA))), first).hash();
        s.registry.submit(s.ann, "m", "1.0.0", edited);
        s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, null, edited);
        s.registry.publish(s.ann, "m", "1.0.0", edited);
        return edited;
    }

    /** A fresh capture of the model: the example card, its accuracy {@code accuracy}, no person's text recorded. */
    private static ModelCard captured(double accuracy) throws InvalidInputException {
        String json = Fixtures.text("cards/classifier-sentiment.json").replace("\"value\": 0.8853", "\"value\": " + accuracy);
        return CardCodec.fromJson(json, "captured.json");
    }
}
