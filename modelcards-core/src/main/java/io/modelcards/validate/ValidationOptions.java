package io.modelcards.validate;

/**
 * Settings of a validation run.
 *
 * @param completenessThreshold the overall completeness score, 0 to 100, under which the {@code complete} pack fails
 * @param evidence              what the registry holds about the card's version, for the {@code annex-iv} pack;
 *                              {@link RegistryEvidence#NONE} for a card outside a registry
 */
public record ValidationOptions(int completenessThreshold, RegistryEvidence evidence) {
    /** The completeness threshold used unless one is given. */
    public static final int DEFAULT_THRESHOLD = 70;

    /** Threshold {@value #DEFAULT_THRESHOLD}, no registry evidence. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(DEFAULT_THRESHOLD);

    /** Refuses a threshold outside 0 to 100; null evidence means none. */
    public ValidationOptions {
        if (completenessThreshold < 0 || completenessThreshold > 100) {
            throw new IllegalArgumentException("completeness threshold " + completenessThreshold + " is out of range: use 0 to 100");
        }
        evidence = evidence == null ? RegistryEvidence.NONE : evidence;
    }

    /** Options with {@code completenessThreshold} for a card outside a registry. */
    public ValidationOptions(int completenessThreshold) {
        this(completenessThreshold, RegistryEvidence.NONE);
    }

    /** These options with {@code evidence} instead. */
    public ValidationOptions withEvidence(RegistryEvidence evidence) {
        return new ValidationOptions(completenessThreshold, evidence);
    }
}
