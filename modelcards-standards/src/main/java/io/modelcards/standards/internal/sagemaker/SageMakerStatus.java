package io.modelcards.standards.internal.sagemaker;

import java.util.Map;

/** The SageMaker {@code ModelCardStatus} of each modelcards workflow state. */
final class SageMakerStatus {
    private static final Map<String, String> BY_STATE = Map.of(
            "draft", "Draft",
            "in_review", "PendingReview",
            "changes_requested", "PendingReview",
            "approved", "Approved",
            "published", "Approved",
            "deprecated", "Archived",
            "archived", "Archived");

    private SageMakerStatus() {}

    /** The status of {@code state}; throws {@link IllegalArgumentException} naming the states for any other text. */
    static String of(String state) {
        String s = BY_STATE.get(state);
        if (s == null) {
            throw new IllegalArgumentException("unknown workflow state '" + state + "': expected one of draft, in_review, "
                    + "changes_requested, approved, published, deprecated, archived");
        }
        return s;
    }
}
