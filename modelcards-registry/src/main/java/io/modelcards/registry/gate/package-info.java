/**
 * The deployment gate: whether a pipeline may use a model version. {@link io.modelcards.registry.gate.GateCheck#decide}
 * is pure: it takes the version's state, the approved and current revision hashes, the audit chain's verification, the
 * card and a {@link io.modelcards.registry.gate.GatePolicy} (metric bounds, high risk needs a sign-off, no stale
 * fields), and returns every reason it fails, one line each. The registry gathers the inputs and audits the decision.
 */
package io.modelcards.registry.gate;
