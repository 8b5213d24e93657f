package io.modelcards.render.card;

import io.modelcards.card.Metadata;
import io.modelcards.hf.HfMetadata;

/**
 * The YAML front matter of a rendered README.md: huggingface_hub's {@code card_data.to_yaml()}, byte for byte
 * (PyYAML's block style through {@link HfMetadata#toYaml(Metadata)}).
 */
public final class FrontMatter {
    private FrontMatter() {}

    /** The metadata as YAML text ending with a newline; {@code {}} for empty metadata, so the fences still parse. */
    public static String yaml(Metadata metadata) {
        return HfMetadata.toYaml(metadata) + "\n";
    }
}
