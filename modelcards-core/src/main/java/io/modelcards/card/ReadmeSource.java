package io.modelcards.card;

import java.util.List;

/**
 * The layout of the Hugging Face README a card was imported from, kept so that an unchanged card writes
 * back to the same bytes. Owned by the README codec ({@code io.modelcards.hf}); other code treats it as opaque.
 *
 * @param lineEnding  "\n" or "\r\n", as the file used
 * @param frontMatter the YAML between the {@code ---} fences exactly as written, or null if there was none
 * @param metadataKeys the top-level metadata keys in their original order
 * @param scalarKeys  keys written as a single scalar where the card holds a list ({@code language}, {@code base_model})
 * @param blocks      the Markdown body cut at headings, in order, each exactly as written
 * @param finalNewline whether the file ended with a line ending
 */
public record ReadmeSource(String lineEnding, String frontMatter, List<String> metadataKeys, List<String> scalarKeys,
                           List<Block> blocks, boolean finalNewline) {
    public ReadmeSource {
        metadataKeys = Lists.copy(metadataKeys);
        scalarKeys = Lists.copy(scalarKeys);
        blocks = Lists.copy(blocks);
    }

    /**
     * A run of the body: the text before the first heading (heading null), or a heading line and the text up to the
     * next heading. {@code field} names the card field the block's text maps to (a JSON Pointer), or null for a
     * block kept only verbatim.
     */
    public record Block(String heading, int level, String text, String field) {}
}
