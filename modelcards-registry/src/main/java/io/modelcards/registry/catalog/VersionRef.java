package io.modelcards.registry.catalog;

/**
 * The words that may stand for a version in lookups: {@value #LATEST} is a model's newest version by creation,
 * {@value #LATEST_PUBLISHED} its newest published one; any other text is a version as written.
 */
public final class VersionRef {
    /** The newest version of a model, whatever its state. */
    public static final String LATEST = "latest";
    /** The newest published version of a model. */
    public static final String LATEST_PUBLISHED = "latest-published";

    private VersionRef() {}
}
