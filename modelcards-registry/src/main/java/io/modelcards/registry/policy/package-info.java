/**
 * Reading the registry's settings files (the approval policy, the gate policy): YAML or JSON documents whose every
 * mistake is reported at its line and column. {@link io.modelcards.registry.policy.PolicyDocument} does the reading and
 * locating; each policy checks its own settings with it.
 */
package io.modelcards.registry.policy;
