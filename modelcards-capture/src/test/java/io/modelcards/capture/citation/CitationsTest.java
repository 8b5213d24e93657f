package io.modelcards.capture.citation;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.Citation;
import io.modelcards.codec.CardCodec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class CitationsTest {
    static final List<String> COMPONENTS = BundledCitations.COMPONENTS;

    private static Citation cite(String key, String title, String component) {
        return new Citation(key, "@article{" + key + ",\n  title = {" + title + "},\n  year = {2020}\n}", null, component);
    }

    @Test
    void duplicatesByKeyMergeIntoTheFirst() {
        Citations c = new Citations().add(cite("a", "Alpha", "x")).add(cite("b", "Beta", "y")).add(cite("a", "Alpha", "z"));

        assertThat(c.list()).extracting(Citation::key).containsExactly("a", "b");
        assertThat(c.list().get(0).component()).isEqualTo("x, z");
    }

    @Test
    void duplicatesByNormalisedTitleMergeEvenWithDifferentKeys() {
        Citations c = new Citations().add(cite("kingma2015adam", "Adam: A Method for {S}tochastic Optimization", "adam"))
                .add(cite("Kingma14", "adam - a method for stochastic   optimization", "optimizer"));

        assertThat(c.list()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("kingma2015adam");
            assertThat(w.component()).isEqualTo("adam, optimizer");
        });
    }

    @Test
    void aMissingApaTextIsTakenFromTheDuplicate() {
        Citations c = new Citations().add(cite("a", "Alpha", null))
                .add(new Citation("a", null, "Author (2020). Alpha.", null));

        assertThat(c.list().get(0).apa()).isEqualTo("Author (2020). Alpha.");
        assertThat(c.list().get(0).bibtex()).contains("Alpha");
    }

    @Test
    void orderIsThatOfFirstAppearance() {
        Citations c = new Citations().add(cite("c", "Gamma", null)).add(cite("a", "Alpha", null))
                .add(cite("b", "Beta", null)).add(cite("c", "Gamma", null));

        assertThat(c.list()).extracting(Citation::key).containsExactly("c", "a", "b");
    }

    @ParameterizedTest
    @FieldSource("COMPONENTS")
    void everyBundledComponentHasAKeyAndATitle(String component) {
        Citation c = BundledCitations.of(component).orElseThrow();

        assertThat(c.key()).isNotBlank();
        assertThat(Citations.normalisedTitle(c.bibtex())).isNotBlank();
        assertThat(c.component()).isEqualTo(component);
    }

    @Test
    void anUnknownComponentHasNoBundledCitation() {
        assertThat(BundledCitations.of("no-such-thing")).isEmpty();
    }

    @Test
    void theRecorderPutsMergedCitationsInTheCard() {
        CardRecorder r = CardRecorder.builder().setModelName("m")
                .optCitation(BundledCitations.of("tribuo").orElseThrow()).build();
        r.cite(BundledCitations.of("adagrad").orElseThrow(), BundledCitations.of("tribuo").orElseThrow());

        var card = r.toCard();

        assertThat(card.details().citations()).extracting(Citation::key)
                .containsExactly("pocock2021tribuo", "duchi2011adaptive");
        assertThat(CardCodec.toJson(card)).contains("Adaptive Subgradient Methods");
    }
}
