package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Considerations;
import io.modelcards.card.ConsiderationsBuilder;
import io.modelcards.card.IntendedUseBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class HumanCompareTest {

    private static ModelCard directUse(String text) {
        return ModelCardBuilder.builder().uses(IntendedUseBuilder.builder().directUse(text).build()).build();
    }

    private static ModelCard sections(Section... sections) {
        return ModelCardBuilder.builder().sections(List.of(sections)).build();
    }

    @Test
    void aChangedFieldIsListedWithItsPointerAndAWordDiff() {
        TextChange t = HumanCompare.compare(directUse("Sort movie reviews."), directUse("Sort movie and TV reviews.")).get(0);
        assertThat(t.field()).isEqualTo("/uses/direct_use");
        assertThat(t.label()).isEqualTo("Direct use");
        assertThat(t.words()).containsExactly(new WordEdit(WordEdit.Op.SAME, "Sort movie "), new WordEdit(WordEdit.Op.ADDED, "and TV "),
                new WordEdit(WordEdit.Op.SAME, "reviews."));
    }

    @Test
    void aFieldBothCardsSayARunCapturedIsNoPersonsTextAndIsLeftOut() {
        Provenance auto = Provenance.EMPTY.with("/details/how_to_get_started", new Origin.Auto("capture:usage"));
        ModelCard was = ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().howToGetStarted("seed 42").build())
                .provenance(auto).build();
        ModelCard is = was.withDetails(was.details().withHowToGetStarted("seed 43"));
        assertThat(HumanCompare.compare(was, is)).isEmpty();
        assertThat(HumanCompare.compare(was.withProvenance(Provenance.EMPTY), is.withProvenance(Provenance.EMPTY)))
                .as("a field of unknown origin counts as a person's").hasSize(1);
    }

    @Test
    void aFieldOnlyTheNewCardHasIsAdded() {
        assertThat(HumanCompare.compare(ModelCard.empty(), directUse("Sort reviews."))).singleElement()
                .satisfies(t -> assertThat(t.change()).isEqualTo(new Change.Added<>("Sort reviews.")));
    }

    @Test
    void reWrappingAParagraphIsNoChange() {
        assertThat(HumanCompare.compare(directUse("Sort movie reviews\nby sentiment."), directUse("Sort movie reviews by sentiment.")))
                .isEmpty();
    }

    @Test
    void aListFieldIsComparedAsOneLinePerElement() {
        ModelCard old = ModelCardBuilder.builder().considerations(ConsiderationsBuilder.builder()
                .ethicalConsiderations(List.of(new Considerations.Risk("Dialect bias", "Evaluate on AAVE."))).build()).build();
        ModelCard now = ModelCardBuilder.builder().considerations(ConsiderationsBuilder.builder()
                .ethicalConsiderations(List.of(new Considerations.Risk("Dialect bias", "Evaluate on AAVE and Indian English."))).build())
                .build();
        assertThat(HumanCompare.compare(old, now)).singleElement().satisfies(t -> {
            assertThat(t.field()).isEqualTo("/considerations/ethical_considerations");
            assertThat(t.change().now()).isEqualTo("name: Dialect bias; mitigation: Evaluate on AAVE and Indian English.");
        });
    }

    @Test
    void theModelsNameAndVersionAreLeftToTheIdentity() {
        ModelCard old = ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().name("a").version("1").build()).build();
        ModelCard now = ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().name("a").version("2").build()).build();
        assertThat(HumanCompare.compare(old, now)).isEmpty();
    }

    @Test
    void sectionsAreMatchedByHeadingWhereverTheyMoved() {
        ModelCard old = sections(new Section("Changelog", 2, "1.0"), new Section("FAQ", 2, "None yet."));
        ModelCard now = sections(new Section("FAQ", 2, "None yet."), new Section("Changelog", 2, "1.0, then 1.1"));
        assertThat(HumanCompare.compare(old, now)).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Changelog");
            assertThat(t.field()).isEqualTo("/sections/1");
        });
    }

    @Test
    void aSectionOnlyTheOldCardHasIsRemovedAtItsOldPlace() {
        assertThat(HumanCompare.compare(sections(new Section("FAQ", 2, "None yet.")), ModelCard.empty())).singleElement()
                .satisfies(t -> {
                    assertThat(t.change().kind()).isEqualTo("removed");
                    assertThat(t.field()).isEqualTo("/sections/0");
                });
    }
}
