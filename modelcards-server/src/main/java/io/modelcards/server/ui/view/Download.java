package io.modelcards.server.ui.view;

/**
 * A link that downloads the card in one format.
 *
 * @param label what the link says, e.g. {@code README.md}
 * @param href  its URL
 * @param type  the media type it answers with, for the link's {@code type} attribute
 */
public record Download(String label, String href, String type) {}
