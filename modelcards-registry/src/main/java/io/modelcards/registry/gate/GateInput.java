package io.modelcards.registry.gate;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.ContentHash;
import io.modelcards.registry.audit.Verification;
import io.modelcards.registry.workflow.State;
import java.util.Objects;

/**
 * Everything the gate decides on, gathered by the caller (the registry) from one consistent read.
 *
 * @param model            the model's name, for the summary
 * @param version          the version, for the summary
 * @param state            the version's workflow state
 * @param approvedRevision the content hash of the revision the approval was for, or null if it was never approved
 * @param currentRevision  the content hash of the version's current card, or null when it has none
 * @param chain            the result of verifying the audit chain
 * @param card             the current card, or null when there is none
 * @param policy           what the deployment requires
 */
public record GateInput(String model, String version, State state, ContentHash approvedRevision, ContentHash currentRevision,
        Verification chain, ModelCard card, GatePolicy policy) {
    /** Checks that the always-known parts are there. */
    public GateInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(policy, "policy");
    }
}
