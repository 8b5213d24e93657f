package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import java.util.List;
import java.util.Map;

/**
 * Reads the typed fields out of one section of a Hub library's README layout, and writes them back in the same
 * layout. The writer is only asked when a field changed: an unchanged section is copied byte for byte.
 */
interface HubCodec {
    /** The pointers of the fields this section fills, the block's own field first. */
    List<String> fields();

    /**
     * The field values in a section's text (after its heading line), each null when empty, or null when the text does
     * not have this layout's shape (the section is then read as any other).
     */
    Map<String, Object> read(String heading, String body);

    /** The section's text after its heading line, with the card's values written in; {@code body} had this shape. */
    String write(String body, ModelCard card, String le, boolean last);

    /** The heading line to write: the original one, unless the card changed what the heading shows. */
    default String headLine(String original, String heading, ModelCard card, String le) {
        return original.endsWith("\n") ? original : original + le;
    }
}
