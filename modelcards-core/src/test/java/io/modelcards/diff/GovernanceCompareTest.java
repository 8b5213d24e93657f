package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Governance;
import io.modelcards.card.RiskRating;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovernanceCompareTest {

    @Test
    void aNewRiskRatingIsAChangeInItsLowerCaseWords() {
        GovernanceChanges g = GovernanceCompare.compare(new Governance(RiskRating.LOW, null, null, null),
                new Governance(RiskRating.HIGH, null, null, null));
        assertThat(g.risk()).isEqualTo(new Change.Changed<>("low", "high"));
    }

    @Test
    void anUnchangedRiskRatingIsNoChange() {
        assertThat(GovernanceCompare.compare(Governance.EMPTY, Governance.EMPTY).risk()).isNull();
    }

    @Test
    void theRationaleIsComparedWordByWord() {
        GovernanceChanges g = GovernanceCompare.compare(new Governance(null, "Only routes reviews.", null, null),
                new Governance(null, "Only ranks reviews.", null, null));
        assertThat(g.text()).singleElement().satisfies(t -> {
            assertThat(t.field()).isEqualTo("/governance/risk_rationale");
            assertThat(t.words()).contains(new WordEdit(WordEdit.Op.REMOVED, "routes "), new WordEdit(WordEdit.Op.ADDED, "ranks "));
        });
    }

    @Test
    void customFieldsAreComparedByKey() {
        GovernanceChanges g = GovernanceCompare.compare(new Governance(null, null, null, Map.of("board", "2026-03")),
                new Governance(null, null, null, Map.of("board", "2026-06")));
        assertThat(g.customFields()).containsExactly(new KeyChange("board", new Change.Changed<>("2026-03", "2026-06")));
    }
}
