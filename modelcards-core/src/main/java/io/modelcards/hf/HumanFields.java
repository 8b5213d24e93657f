package io.modelcards.hf;

import java.util.List;

/**
 * The fields a person writes in a README: every field the default template's sections and bullets fill, the licence,
 * and {@code /sections} (the sections that map to no field). Read back from the README's text, never from the card
 * comment; tools that compare or carry human text across card versions ask this list.
 */
public final class HumanFields {
    private HumanFields() {}

    /** The JSON Pointers of the human-written fields, in template order, {@code /sections} last. */
    public static List<String> pointers() {
        return Readback.HUMAN;
    }
}
