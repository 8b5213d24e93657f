package io.modelcards.card;

import java.util.Map;

/**
 * Governance facts that review and deployment gates act on.
 *
 * @param risk            the risk rating, {@code UNKNOWN} until someone rates it
 * @param riskRationale   why the rating was chosen
 * @param businessContext Markdown: the business problem and who is affected
 * @param customFields    organisation-specific fields, in order
 */
public record Governance(RiskRating risk, String riskRationale, String businessContext, Map<String, Object> customFields) {
    public static final Governance EMPTY = new Governance(null, null, null, null);

    public Governance {
        risk = risk == null ? RiskRating.UNKNOWN : risk;
        customFields = Lists.copy(customFields);
    }
}
