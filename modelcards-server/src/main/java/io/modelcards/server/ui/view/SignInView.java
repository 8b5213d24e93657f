package io.modelcards.server.ui.view;

/**
 * The sign-in page.
 *
 * @param chrome  the layout's data
 * @param problem why the last attempt failed, or null
 */
public record SignInView(Chrome chrome, String problem) {}
