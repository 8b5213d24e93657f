package io.modelcards.server.ui.view;

/**
 * A page saying a request was refused or failed, and what to do.
 *
 * @param chrome  the layout's data
 * @param status  the HTTP status
 * @param title   a short title
 * @param message what happened and what to do
 */
public record ErrorView(Chrome chrome, int status, String title, String message) {}
