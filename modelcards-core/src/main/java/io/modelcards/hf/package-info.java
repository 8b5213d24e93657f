/**
 * The Hugging Face README.md format: {@link io.modelcards.hf.ReadmeCodec} reads a README (YAML front matter plus
 * Markdown) into a card and writes a card back as a README without losing a byte of what did not change;
 * {@link io.modelcards.hf.HfMetadata} gives the metadata dictionary huggingface_hub's {@code ModelCardData.to_dict()}
 * returns, which is also what templates see.
 *
 * <p>Reading goes text → {@code ReadmeText} (fences cut off) → {@code YamlComposer} (SnakeYAML events to located
 * nodes, with limits on depth, aliases and duplicates) → {@code MetadataReader}/{@code ModelIndexReader} (typed
 * metadata) and {@code MarkdownBlocks} → {@code BodyReader}/{@code SectionCodec} (template sections to fields).
 * Writing goes back through {@code FrontMatterWriter} (key by key) and {@code BodyWriter} (block by block), with
 * {@code PyYaml} emitting anything new exactly as PyYAML would.
 */
package io.modelcards.hf;
