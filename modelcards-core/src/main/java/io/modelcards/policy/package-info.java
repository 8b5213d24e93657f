/**
 * An organisation's own rules for its cards, written in a YAML or JSON policy file instead of Java: a field is
 * required, a metric reaches a value on a named dataset and split, a risk rating requires a field, a tag is forbidden,
 * only some licences are allowed ({@link io.modelcards.policy.CardRules}). The same file is read by
 * {@code validate --rules FILE}, by the registry's submit (its policy file) and by its gate ({@code gate --policy FILE}).
 * {@link io.modelcards.policy.PolicyDocument} reads every policy file with located errors.
 */
package io.modelcards.policy;
