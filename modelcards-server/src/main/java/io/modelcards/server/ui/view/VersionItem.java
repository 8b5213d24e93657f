package io.modelcards.server.ui.view;

/**
 * One version on a model's timeline.
 *
 * @param version   the version
 * @param state     its workflow state
 * @param createdAt when it was created (ISO-8601, UTC)
 * @param createdBy who created it
 * @param href      its card page's URL
 */
public record VersionItem(String version, String state, String createdAt, String createdBy, String href) {}
