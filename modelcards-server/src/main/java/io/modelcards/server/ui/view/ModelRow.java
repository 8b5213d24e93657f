package io.modelcards.server.ui.view;

/**
 * One row of the models list: a version the search found, described by its current card.
 *
 * @param model        the model's name
 * @param version      the version
 * @param state        its workflow state
 * @param metric       the primary metric as text ({@code accuracy 0.91}), or empty
 * @param risk         the risk rating, or empty
 * @param completeness the completeness score, 0 to 100
 * @param stale        how many human fields are stale
 * @param modelHref    the model page's URL
 * @param versionHref  the version's card page URL
 */
public record ModelRow(String model, String version, String state, String metric, String risk, int completeness, int stale,
                       String modelHref, String versionHref) {}
