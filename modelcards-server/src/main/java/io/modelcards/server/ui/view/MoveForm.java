package io.modelcards.server.ui.view;

/**
 * A button that moves a version through the workflow, shown only to whom the role and the state allow it.
 *
 * @param action the action's id ({@code submit})
 * @param label  the button's text
 * @param url    where the form posts
 */
public record MoveForm(String action, String label, String url) {}
