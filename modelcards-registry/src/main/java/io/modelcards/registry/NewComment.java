package io.modelcards.registry;

/**
 * A comment to add to a version's current revision.
 *
 * @param text     what it says (Markdown), not blank
 * @param pointer  the card field it is about, as a JSON Pointer ({@code /uses/out_of_scope_use}), or null
 * @param section  the heading of the section it is about, or null
 * @param parentId the id of the comment on the same version it replies to, or null for a new thread
 */
public record NewComment(String text, String pointer, String section, Long parentId) {
    /** A new thread about the whole card. */
    public static NewComment of(String text) {
        return new NewComment(text, null, null, null);
    }
}
