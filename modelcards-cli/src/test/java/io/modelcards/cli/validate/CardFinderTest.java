package io.modelcards.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardFinderTest {
    @Test
    void readmesAndCardFilesAreSearchedFor() {
        assertThat(CardFinder.isCardName("README.md")).isTrue();
        assertThat(CardFinder.isCardName("modelcard.json")).isTrue();
        assertThat(CardFinder.isCardName("card.yml")).isTrue();
        assertThat(CardFinder.isCardName("sentiment.modelcard.yaml")).isTrue();
    }

    @Test
    void otherJsonAndYamlFilesOfAModelFolderAreNot() {
        assertThat(CardFinder.isCardName("tokenizer.json")).isFalse();
        assertThat(CardFinder.isCardName("config.yaml")).isFalse();
        assertThat(CardFinder.isCardName("scorecard.json")).isFalse();
        assertThat(CardFinder.isCardName("NOTES.md")).isFalse();
    }
}
