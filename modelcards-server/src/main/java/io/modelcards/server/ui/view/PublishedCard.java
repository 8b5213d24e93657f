package io.modelcards.server.ui.view;

/**
 * The newest published version of a model and its card's summary, as the model page shows it.
 *
 * @param version the version
 * @param href    its card page's URL
 * @param summary its card's summary panel
 */
public record PublishedCard(String version, String href, CardSummary summary) {}
