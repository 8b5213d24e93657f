package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A person's text (a field or a section) that changed between the two compared cards, as a word diff.
 *
 * @param field the field's JSON Pointer
 * @param label its name or the section's heading
 * @param kind  added, removed or changed
 * @param words the runs of words from the old text to the new
 */
public record TextDiff(String field, String label, String kind, List<WordRun> words) {
    /** Copies the list. */
    public TextDiff {
        words = List.copyOf(words);
    }
}
