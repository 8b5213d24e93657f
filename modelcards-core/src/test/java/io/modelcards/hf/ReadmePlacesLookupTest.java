package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ReadmePlaces} names the heading path, and the bullet where there is one, of each field a README fills. */
class ReadmePlacesLookupTest {

    @Test
    void aSectionFieldIsPlacedUnderItsHeadingPath() {
        assertThat(ReadmePlaces.of("/uses/primary_users")).hasValue("under \"## Uses > ### Primary Intended Users\" in README.md");
    }

    @Test
    void aBulletFieldNamesItsBulletAndHeadingPath() {
        assertThat(ReadmePlaces.of("/details/developers"))
                .hasValue("in the bullet \"- **Developed by:**\" under \"## Model Details > ### Model Description\" in README.md");
    }

    @Test
    void aGovernanceFieldIsPlacedUnderGovernance() {
        assertThat(ReadmePlaces.of("/governance/risk"))
                .hasValue("in the bullet \"- **Risk rating:**\" under \"## Governance\" in README.md");
        assertThat(ReadmePlaces.of("/governance/business_context"))
                .hasValue("under \"## Governance > ### Business Context\" in README.md");
    }

    @Test
    void theLicenceIsPlacedInTheFrontMatterFirst() {
        assertThat(ReadmePlaces.of("/metadata/license")).get().asString().startsWith("as \"license:\" in the front matter");
    }

    @Test
    void aFieldNoReadmeTextFillsHasNoPlace() {
        assertThat(ReadmePlaces.of("/training/log")).isEmpty();
    }
}
