package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Metadata;
import io.modelcards.card.MetadataBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataCompareTest {

    @Test
    void aChangedLicenceIsListedUnderItsFrontMatterKey() {
        assertThat(MetadataCompare.compare(MetadataBuilder.builder().license("mit").build(),
                MetadataBuilder.builder().license("apache-2.0").build()))
                .containsExactly(new KeyChange("license", new Change.Changed<>("mit", "apache-2.0")));
    }

    @Test
    void aBaseModelOnlyTheNewCardHasIsAddedAsTheReadmeWritesIt() {
        assertThat(MetadataCompare.compare(Metadata.EMPTY, MetadataBuilder.builder().baseModel(List.of("bert-base")).build()))
                .containsExactly(new KeyChange("base_model", new Change.Added<>("bert-base")));
    }

    @Test
    void theModelIndexIsLeftToTheEvaluationPart() {
        Metadata old = Cards.index(Cards.indexResult("accuracy", 0.8)).metadata().withModelName("m");
        Metadata now = Cards.index(Cards.indexResult("accuracy", 0.9)).metadata().withModelName("m");
        assertThat(MetadataCompare.compare(old, now)).isEmpty();
    }
}
