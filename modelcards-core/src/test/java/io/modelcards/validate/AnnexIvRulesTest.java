package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import io.modelcards.diagnostic.SourceMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnexIvRulesTest {

    private static List<Diagnostic> validate(ModelCard card, ValidationOptions options) {
        return Validator.validate(card, SourceMap.none("annex-iv.json"), Set.of(RulePack.ANNEX_IV), options);
    }

    @Test
    void thePackIsNamedAnnexIv() {
        assertThat(RulePack.parse("annex-iv")).isEqualTo(RulePack.ANNEX_IV);
        assertThat(RulePack.ANNEX_IV.id()).isEqualTo("annex-iv");
    }

    @Test
    void theDocumentedCardHasNoProblem() {
        assertThat(validate(AnnexIvCards.documented(), ValidationOptions.DEFAULTS)).isEmpty();
    }

    @Test
    void aMissingPointIsAnErrorAtItsFieldWithThePointsCode() {
        assertThat(validate(AnnexIvCards.without("/compliance/cybersecurity"), ValidationOptions.DEFAULTS)).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.ERROR);
                    assertThat(d.code()).isEqualTo("annex-iv/2h");
                    assertThat(d.pointer()).isEqualTo("/compliance/cybersecurity");
                    assertThat(d.message()).isEqualTo("Annex IV 2(h) (Cybersecurity) is missing: write the cybersecurity measures "
                            + "under \"## EU AI Act Technical Documentation > ### Cybersecurity Measures\" in README.md "
                            + "(/compliance/cybersecurity)");
                });
    }

    @Test
    void aPartlyCoveredPointIsAWarning() {
        assertThat(validate(AnnexIvCards.without("/training/compute"), ValidationOptions.DEFAULTS)).singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.code()).isEqualTo("annex-iv/2c");
                });
    }

    @Test
    void registryEvidenceInTheOptionsCounts() {
        var card = AnnexIvCards.without("/compliance/lifecycle_changes");
        assertThat(validate(card, ValidationOptions.DEFAULTS)).extracting(Diagnostic::code).containsExactly("annex-iv/6");
        assertThat(validate(card, ValidationOptions.DEFAULTS.withEvidence(RegistryEvidence.of(RegistryEvidence.Kind.HISTORY))))
                .isEmpty();
    }

    @Test
    void otherPacksDoNotRunTheAnnexIvRules() {
        assertThat(Validator.validate(ModelCard.empty(), SourceMap.none("c.json"), Set.of(RulePack.COMPLETE),
                ValidationOptions.DEFAULTS)).extracting(Diagnostic::code).noneMatch(c -> c.startsWith("annex-iv/"));
    }
}
