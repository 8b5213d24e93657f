package io.modelcards.registry.gate;

import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.policy.CardRules;
import io.modelcards.registry.workflow.State;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a deployment pipeline requires of a model version before it uses it, besides what the gate always checks (a
 * card whose content is the approved one, and an audit chain that verifies). Read from a YAML or JSON file by
 * {@link #read(Path)}; {@link #DEFAULT} applies when there is none, and a file's missing settings take their defaults.
 *
 * <pre>
 * require: published          # or approved (approved accepts approved or published)
 * metrics:
 *   - {type: accuracy, dataset: imdb, split: test, min: 0.9}
 * risk_high_needs_signoff: true   # a card rated high needs governance.risk_rationale written AND approved
 * no_stale: true                  # no stale human fields
 * rules:                          # an organisation's card rules (io.modelcards.policy.CardRules): each error fails the gate
 *   - {id: acme/licences, message: we ship under MIT, allowed_licenses: [mit]}
 * </pre>
 *
 * @param require              the state required: {@link State#PUBLISHED}, or {@link State#APPROVED} (which published also meets)
 * @param metrics              minimum (or maximum) values of the card's overall results
 * @param riskHighNeedsSignoff whether a card rated high risk needs a written, approved risk rationale
 * @param noStale              whether any stale human field fails the gate
 * @param rules                the organisation's card rules; each failure of severity error fails the gate
 */
public record GatePolicy(State require, List<MetricBound> metrics, boolean riskHighNeedsSignoff, boolean noStale, CardRules rules) {
    /** Published, no metric bounds, high risk needs a sign-off, no stale fields, no card rules. */
    public static final GatePolicy DEFAULT = new GatePolicy(State.PUBLISHED, List.of(), true, true);

    /** Checks that the required state is approved or published. */
    public GatePolicy {
        Objects.requireNonNull(require, "require");
        if (require != State.PUBLISHED && require != State.APPROVED) {
            throw new IllegalArgumentException("the gate requires published or approved, not " + require.id());
        }
        metrics = List.copyOf(metrics);
        rules = rules == null ? CardRules.NONE : rules;
    }

    /** A policy without card rules. */
    public GatePolicy(State require, List<MetricBound> metrics, boolean riskHighNeedsSignoff, boolean noStale) {
        this(require, metrics, riskHighNeedsSignoff, noStale, CardRules.NONE);
    }

    /** This policy requiring {@code state} instead (a command-line {@code --require} over the file's). */
    public GatePolicy withRequire(State state) {
        return new GatePolicy(state, metrics, riskHighNeedsSignoff, noStale, rules);
    }

    /** The policy in the file at {@code path}, YAML or (by a {@code .json} name) JSON; mistakes are {@code gate/bad-policy}. */
    public static GatePolicy read(Path path) throws InvalidInputException {
        return GatePolicyFile.read(path);
    }

    /** The policy in {@code text}, reported as file {@code name}; an empty text is {@link #DEFAULT}. */
    public static GatePolicy parse(String text, String name) throws InvalidInputException {
        return GatePolicyFile.parse(text, name);
    }

    /**
     * A bound on one overall result of the card: every result of this type (on this dataset and split, when named) must
     * reach {@code min} and stay under {@code max}; a card with no such result fails.
     *
     * @param type    the metric type, e.g. {@code accuracy}
     * @param dataset the dataset, or null for any
     * @param split   the split, or null for any
     * @param min     the least acceptable value, or null
     * @param max     the greatest acceptable value, or null
     */
    public record MetricBound(String type, String dataset, String split, Double min, Double max) {
        /** Checks that there is a type and at least one bound. */
        public MetricBound {
            Objects.requireNonNull(type, "type");
            if (min == null && max == null) {
                throw new IllegalArgumentException("a metric bound needs min or max");
            }
        }

        /** Where the result is wanted, as reasons name it: {@code accuracy on imdb/test}. */
        public String describe() {
            String on = dataset == null ? "" : " on " + dataset + (split == null ? "" : "/" + split);
            return type + (dataset == null && split != null ? " on split " + split : on);
        }

        boolean matches(String t, String d, String s) {
            return type.equalsIgnoreCase(t) && (dataset == null || dataset.equalsIgnoreCase(d))
                    && (split == null || split.toLowerCase(Locale.ROOT).equals(s == null ? null : s.toLowerCase(Locale.ROOT)));
        }
    }
}
