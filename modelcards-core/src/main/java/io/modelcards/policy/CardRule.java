package io.modelcards.policy;

import io.modelcards.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One rule of an organisation's policy: what it checks, and how a failure is reported.
 *
 * @param id       the rule's id, printed in brackets after each failure and used to suppress it ({@code acme/accuracy})
 * @param message  what the organisation wants, in its words; each failure adds what was found
 * @param severity how serious a failure is: an error fails {@code validate}, the submit and the gate; a warning is shown
 * @param check    what the rule checks
 */
public record CardRule(String id, String message, Severity severity, Check check) {
    public CardRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
    }

    /** What a rule checks: one of a closed set, each a key of the policy file. */
    public sealed interface Check permits Required, MetricBound, RiskRequires, ForbiddenTags, AllowedLicenses {}

    /**
     * {@code required: POINTER}: the card field at this JSON Pointer has a value (text that is not blank, a list or map
     * that is not empty).
     *
     * @param pointer the field, e.g. {@code /uses/out_of_scope_use}
     */
    public record Required(String pointer) implements Check {}

    /**
     * {@code metric: {type, dataset, split, min, max}}: every overall result of this metric (on this dataset and split,
     * when named) is at least {@code min} and at most {@code max}; a card with no such result fails.
     *
     * @param type    the metric, e.g. {@code accuracy}
     * @param dataset the dataset, or null for any
     * @param split   the split, or null for any
     * @param min     the least acceptable value, or null
     * @param max     the greatest acceptable value, or null
     */
    public record MetricBound(String type, String dataset, String split, Double min, Double max) implements Check {}

    /**
     * {@code risk: [high]} with {@code requires: POINTER}: a card rated one of these risks has a value at the pointer
     * (typically {@code /governance/risk_rationale}, the written mitigation).
     *
     * @param risks    the ratings, lower case ({@code high}, {@code medium}, {@code low}, {@code unknown})
     * @param requires the field those cards need
     */
    public record RiskRequires(List<String> risks, String requires) implements Check {
        public RiskRequires {
            risks = List.copyOf(risks);
        }
    }

    /**
     * {@code forbidden_tags: [experimental]}: the card carries none of these tags (compared without case).
     *
     * @param tags the forbidden tags
     */
    public record ForbiddenTags(List<String> tags) implements Check {
        public ForbiddenTags {
            tags = List.copyOf(tags);
        }
    }

    /**
     * {@code allowed_licenses: [apache-2.0, mit]}: the card's licence is one of these (compared without case); a card
     * without a licence fails.
     *
     * @param licenses the allowed licence ids
     */
    public record AllowedLicenses(List<String> licenses) implements Check {
        public AllowedLicenses {
            licenses = List.copyOf(licenses);
        }
    }
}
