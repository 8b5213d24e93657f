package io.modelcards.diff;

import java.util.List;

/**
 * A person's text that was added, removed or changed, with a word-level diff.
 *
 * @param field  the JSON Pointer of the field, e.g. {@code /uses/direct_use}; for a section that maps to no field,
 *               {@code /sections/N} with N its place in the card that has it (the new one when both do)
 * @param label  what people call it: the field's name, or the section's heading
 * @param change the old and new text
 * @param words  the word-level diff from old to new text
 */
public record TextChange(String field, String label, Change<String> change, List<WordEdit> words) {
    /** Keeps an unmodifiable copy of the words. */
    public TextChange {
        words = List.copyOf(words);
    }
}
