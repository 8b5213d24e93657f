package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.MetadataBuilder;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetailsBuilder;
import org.junit.jupiter.api.Test;

class IdentityTest {

    private static ModelCard named(String name) {
        return ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().name(name).build()).build();
    }

    @Test
    void cardsNamingDifferentModelsDescribeDifferentModels() {
        assertThat(CardDiff.identity(named("a/one"), named("a/two")).differentModels()).isTrue();
    }

    @Test
    void aCardWithoutANameMatchesAnyModel() {
        assertThat(CardDiff.identity(ModelCard.empty(), named("a/two")).differentModels()).isFalse();
    }

    @Test
    void theModelIndexNameStandsInForAMissingDetailsName() {
        ModelCard indexed = ModelCardBuilder.builder().metadata(MetadataBuilder.builder().modelName("a/one").build()).build();
        assertThat(CardDiff.identity(indexed, named("a/two")).oldName()).isEqualTo("a/one");
    }
}
