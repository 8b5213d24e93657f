package io.modelcards.registry.review;

import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.policy.CardRules;
import io.modelcards.validate.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a revision needs before its version is approved: a number of approvals from reviewers other than its authors,
 * one approval in each review role, and more for a card whose risk is rated high. Read from the registry's policy file
 * (YAML or JSON) by {@link #read(Path)}; {@link #DEFAULT} applies when there is no file.
 *
 * <pre>
 * approvals: 1              # approvals needed from reviewers who did not write the revision
 * roles: [technical, risk_owner]   # optional: each needs an approval by someone reviewing in that role
 * high_risk:
 *   approvals: 2            # for a card whose governance.risk is high (the larger of the two numbers counts)
 *   mitigation_required: true   # and its governance.risk_rationale, the written mitigation, must not be blank
 * packs: [hf, complete, review, annex-iv]   # optional: the rule packs a submit runs (default hf, complete, review)
 * rules:                    # an organisation's card rules (io.modelcards.policy.CardRules), checked at every submit
 *   - {id: acme/licences, message: we ship under MIT, allowed_licenses: [mit]}
 * </pre>
 *
 * @param approvals how many approvals a revision needs, at least 1
 * @param roles     review roles, each needing its own approval; empty for none
 * @param highRisk  what a high-risk card needs besides
 * @param rules     the organisation's card rules, which a submit runs with the registry's rule packs
 * @param packs     the rule packs a submit runs besides {@code schema}, or null for the registry's own setting
 */
public record ApprovalPolicy(int approvals, List<String> roles, HighRisk highRisk, CardRules rules, Set<RulePack> packs) {
    /** One approval, no roles, and for high risk two approvals and a written mitigation. */
    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(1, List.of(), HighRisk.DEFAULT);

    public ApprovalPolicy {
        if (approvals < 1) {
            throw new IllegalArgumentException("approvals must be at least 1, not " + approvals);
        }
        roles = List.copyOf(roles);
        highRisk = highRisk == null ? HighRisk.DEFAULT : highRisk;
        rules = rules == null ? CardRules.NONE : rules;
        packs = packs == null ? null : Set.copyOf(packs);
    }

    /** A policy that leaves the rule packs to the registry's setting. */
    public ApprovalPolicy(int approvals, List<String> roles, HighRisk highRisk, CardRules rules) {
        this(approvals, roles, highRisk, rules, null);
    }

    /** A policy without card rules. */
    public ApprovalPolicy(int approvals, List<String> roles, HighRisk highRisk) {
        this(approvals, roles, highRisk, CardRules.NONE, null);
    }

    /**
     * What a card rated {@code high} needs besides the rest of the policy.
     *
     * @param approvals          approvals a high-risk revision needs, at least 1 (the larger of this and the policy's counts)
     * @param mitigationRequired whether {@code governance.risk_rationale}, the written mitigation, must not be blank
     */
    public record HighRisk(int approvals, boolean mitigationRequired) {
        /** Two approvals and a written mitigation. */
        public static final HighRisk DEFAULT = new HighRisk(2, true);

        public HighRisk {
            if (approvals < 1) {
                throw new IllegalArgumentException("high-risk approvals must be at least 1, not " + approvals);
            }
        }
    }

    /** The policy in the file at {@code path}, YAML or (by a {@code .json} name) JSON; every mistake is a located problem. */
    public static ApprovalPolicy read(Path path) throws InvalidInputException {
        return PolicyFile.read(path);
    }

    /** The policy in {@code text}, reported as file {@code name}; an empty text is {@link #DEFAULT}. */
    public static ApprovalPolicy parse(String text, String name) throws InvalidInputException {
        return PolicyFile.parse(text, name);
    }
}
