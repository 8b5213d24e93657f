package io.modelcards.registry.review;

import io.modelcards.codec.ContentHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A comment on a revision of a version's card, optionally anchored to a field or a section, or a reply to another
 * comment.
 *
 * @param id       the comment's id within the registry
 * @param author   who wrote it
 * @param revision the content hash of the revision it is about
 * @param pointer  the card field it is anchored to, as a JSON Pointer into the card's JSON form
 *                 ({@code /uses/out_of_scope_use}), or null
 * @param section  the heading of the section it is anchored to, or null
 * @param parentId the id of the comment it replies to, or null for a new thread
 * @param text     what it says (Markdown)
 * @param resolved whether its thread was marked resolved
 * @param at       when it was written
 */
public record Comment(long id, String author, ContentHash revision, String pointer, String section, Long parentId, String text,
        boolean resolved, Instant at) {
    // RFC 6901 with non-empty segments: a comment anchors to a field, never to the whole card ("") or an empty key.
    private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])+)+");

    public Comment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Why this comment may not be recorded beside {@code existing} (the version's comments so far); empty when it may.
     * Refusals: a pointer that is not a field pointer ({@code comment/pointer-shape}), a blank text
     * ({@code comment/text-required}), a reply to a comment not in {@code existing} ({@code comment/parent-unknown}).
     * Whether the pointer names a field the card has is the caller's check: the card is not at hand here.
     */
    public List<Refusal> refusals(List<Comment> existing) {
        List<Refusal> refusals = new ArrayList<>();
        if (pointer != null && !POINTER.matcher(pointer).matches()) {
            refusals.add(new Refusal("comment/pointer-shape", "\"" + pointer + "\" is not a field pointer: write it as"
                    + " /section/field, e.g. /uses/out_of_scope_use (\"~1\" for a \"/\" in a name, \"~0\" for \"~\")"));
        }
        if (text == null || text.isBlank()) {
            refusals.add(new Refusal("comment/text-required", "the comment is empty: write what you want to say"));
        }
        if (parentId != null && existing.stream().noneMatch(c -> c.id() == parentId)) {
            refusals.add(new Refusal("comment/parent-unknown", "there is no comment " + parentId
                    + " on this version to reply to: reply to one of its comments, or start a new thread"));
        }
        return refusals;
    }
}
