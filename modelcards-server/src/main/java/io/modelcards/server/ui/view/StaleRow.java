package io.modelcards.server.ui.view;

/**
 * A person's text written against facts the card no longer states.
 *
 * @param field   the field's name (or its JSON Pointer when it has no name)
 * @param pointer the field's JSON Pointer
 * @param reasons which facts changed, in words
 * @param origin  who wrote it and when, or null when not recorded
 */
public record StaleRow(String field, String pointer, String reasons, String origin) {}
