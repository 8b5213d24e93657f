package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * Governance facts that review and deployment gates act on.
 *
 * <p>{@link GovernanceBuilder} builds one by naming each value; {@code withRisk(…)} and the other withers change one value.
 *
 * @param risk            the risk rating, {@code UNKNOWN} until someone rates it
 * @param riskRationale   why the rating was chosen
 * @param businessContext Markdown: the business problem and who is affected
 * @param customFields    organisation-specific fields, in order
 */
@RecordBuilder
public record Governance(RiskRating risk, String riskRationale, String businessContext, Map<String, Object> customFields)
        implements GovernanceBuilder.With {
    public static final Governance EMPTY = GovernanceBuilder.builder().build();

    public Governance {
        risk = risk == null ? RiskRating.UNKNOWN : risk;
        customFields = Lists.copy(customFields);
    }
}
