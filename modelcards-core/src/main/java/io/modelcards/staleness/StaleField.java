package io.modelcards.staleness;

import java.util.List;

/**
 * A human-written field whose facts changed since it was written or last confirmed.
 *
 * @param pointer the field, as a JSON Pointer into the card ({@code /uses/direct_use})
 * @param reasons each fact that changed, in words ({@code accuracy 0.867 → 0.842}), in the order model, datasets, metrics
 */
public record StaleField(String pointer, List<String> reasons) {
    public StaleField {
        reasons = List.copyOf(reasons);
    }

    /** The reasons joined with "; ", as one line for a diagnostic. */
    public String reason() {
        return String.join("; ", reasons);
    }
}
