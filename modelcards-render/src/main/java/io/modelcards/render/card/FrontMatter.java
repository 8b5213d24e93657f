package io.modelcards.render.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.modelcards.card.Metadata;
import io.modelcards.codec.CardMappers;
import io.modelcards.hf.HfMetadata;

/**
 * The YAML front matter of a rendered README.md: huggingface_hub's {@code card_data.to_dict()} as YAML.
 *
 * <p>The single place that chooses the YAML emitter. It uses Jackson YAML until the PyYAML-compatible emitter of
 * {@code io.modelcards.hf} lands; swapping is a change of the one line in {@link #yaml(Metadata)}.
 */
public final class FrontMatter {
    private FrontMatter() {}

    /** The metadata as YAML text ending with a newline; {@code {}} for empty metadata, so the fences still parse. */
    public static String yaml(Metadata metadata) {
        try {
            return CardMappers.yaml().writeValueAsString(HfMetadata.toDict(metadata));
        } catch (JsonProcessingException e) {
            // A Map of plain values always serialises; reaching this is a bug, not bad input.
            throw new IllegalStateException("cannot write front matter", e);
        }
    }
}
