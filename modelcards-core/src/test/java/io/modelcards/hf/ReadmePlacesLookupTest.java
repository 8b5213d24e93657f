package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.util.Set;
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
    void anEmptyFieldIsReportedAtTheHeadingToWriteUnder() throws InvalidInputException {
        String text = "# Model Card for acme/m\n\n## Uses\n\n### Primary Intended Users\n\n[More Information Needed]\n";
        ReadmeParse p = ReadmeCodec.parse(text, "README.md", false);
        assertThat(Validator.validate(p.card(), p.sourceMap(), Set.of(RulePack.COMPLETE), ValidationOptions.DEFAULTS))
                .filteredOn(d -> "/uses/primary_users".equals(d.pointer())).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("README.md:5:1: error: uses.primary_users is empty: write who the"
                        + " intended users are under \"## Uses > ### Primary Intended Users\" in README.md"));
    }

    @Test
    void aFieldNoReadmeTextFillsHasNoPlace() {
        assertThat(ReadmePlaces.of("/training/log")).isEmpty();
    }
}
