package io.modelcards.card;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The layout of the Hugging Face README a card was imported from, kept so that an unchanged card writes back to the
 * same bytes and an edited card changes only what was edited. Owned by the README codec ({@code io.modelcards.hf});
 * other code treats it as opaque.
 *
 * @param lineEnding   "\n" or "\r\n": the file's first line ending, used for text written anew
 * @param bom          whether the file started with a UTF-8 byte order mark
 * @param openFence    the opening {@code ---} line with its line ending, or null if there was no front matter
 * @param frontMatter  the YAML between the {@code ---} lines exactly as written, or null if there was none
 * @param closeFence   the closing {@code ---} line with its line ending (none at the end of the file), or null
 * @param metadataKeys the top-level metadata keys in their original order
 * @param scalarKeys   keys written as a single value where the card holds a list or record ({@code language},
 *                     {@code base_model}, {@code datasets}, {@code metrics}, {@code co2_eq_emissions})
 * @param blocks       the Markdown body cut at headings, in order, each exactly as written
 * @param finalNewline whether the file ended with a line ending
 */
// Empty strings (an empty front matter) and false are data here, so only null is left out of JSON.
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadmeSource(String lineEnding, boolean bom, String openFence, String frontMatter, String closeFence,
                           List<String> metadataKeys, List<String> scalarKeys, List<Block> blocks, boolean finalNewline) {
    public ReadmeSource {
        metadataKeys = Lists.copy(metadataKeys);
        scalarKeys = Lists.copy(scalarKeys);
        blocks = Lists.copy(blocks);
    }

    /**
     * A run of the body: the text before the first heading (heading null, level 0), or a heading line and the text up
     * to the next heading, exactly as written. {@code field} is the JSON Pointer of the first card field the block's
     * text maps to; "#" and a slug for a template heading that only groups subsections, or "#blank" for blank lines
     * before the first heading; null for a block kept as an unknown section (it is then also in
     * {@link ModelCard#sections()}, in the same order).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(String heading, int level, String text, String field) {}
}
