package io.modelcards.standards.internal.mct;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import io.modelcards.card.ModelDetailsBuilder;
import io.modelcards.standards.MappingRow;
import io.modelcards.standards.Omission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The omission finder: what no carried row names is reported, with the most specific reason, in card order. */
class UncarriedTest {
    static final ModelCard CARD = ModelCardBuilder.builder().details(ModelDetailsBuilder.builder().name("n").summary("s")
            .developers("d").build()).build();

    @Test
    void aValueNoCarriedRowNamesIsReportedWithTheFallbackReason() {
        Uncarried u = new Uncarried(List.of(new MappingRow("/details/name", "name", "")), Set.of(), "no place");
        assertThat(u.find(Uncarried.tree(CARD))).containsExactly(new Omission("/details/summary", "no place"),
                new Omission("/details/developers", "no place"));
    }

    @Test
    void theMostSpecificUncarriedRowGivesTheReason() {
        Uncarried u = new Uncarried(List.of(new MappingRow("/details/name", "name", ""), new MappingRow("/details", null, "general"),
                new MappingRow("/details/summary", null, "specific")), Set.of(), "no place");
        assertThat(u.find(Uncarried.tree(CARD))).containsExactly(new Omission("/details/summary", "specific"),
                new Omission("/details/developers", "general"));
    }

    @Test
    void aWildcardSegmentMatchesAnyKeyOrIndex() {
        assertThat(Pointers.matches("/a/*/b", "/a/0/b")).isTrue();
        assertThat(Pointers.matches("/a/*/b", "/a/0/c")).isFalse();
        assertThat(Pointers.descendsInto("/a/*/b", "/a/3")).isTrue();
        assertThat(Pointers.covers("/a/*", "/a/x/y")).isTrue();
    }

    @Test
    void omissionsFoundAndAddedComeOutInCardOrder() {
        List<Omission> all = Uncarried.inCardOrder(Uncarried.tree(CARD), List.of(new Omission("/details/developers", "a")),
                List.of(new Omission("/details/name", "b")));
        assertThat(all).extracting(Omission::pointer).containsExactly("/details/name", "/details/developers");
    }

    @Test
    void aKeyWithASlashIsEscapedInItsPointer() {
        assertThat(Pointers.child("/training/hyperparameters/all", "a/b~c")).isEqualTo("/training/hyperparameters/all/a~1b~0c");
    }
}
