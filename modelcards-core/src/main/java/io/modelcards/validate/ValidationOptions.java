package io.modelcards.validate;

/**
 * Settings of a validation run.
 *
 * @param completenessThreshold the overall completeness score, 0 to 100, under which the {@code complete} pack fails
 */
public record ValidationOptions(int completenessThreshold) {
    /** The completeness threshold used unless one is given. */
    public static final int DEFAULT_THRESHOLD = 70;

    /** Threshold {@value #DEFAULT_THRESHOLD}. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(DEFAULT_THRESHOLD);

    public ValidationOptions {
        if (completenessThreshold < 0 || completenessThreshold > 100) {
            throw new IllegalArgumentException("completeness threshold " + completenessThreshold + " is out of range: use 0 to 100");
        }
    }
}
