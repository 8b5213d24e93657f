package io.modelcards.diff;

import io.modelcards.card.Metadata;
import io.modelcards.hf.HfMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the front matter key by key, as huggingface_hub's {@code to_dict()} names the keys; the model-index is left out. */
final class MetadataCompare {
    private static final String MODEL_INDEX = "model-index";

    private MetadataCompare() {}

    static List<KeyChange> compare(Metadata old, Metadata now) {
        return Keyed.compare(dict(old), dict(now));
    }

    private static Map<String, Object> dict(Metadata m) {
        Map<String, Object> d = new LinkedHashMap<>(HfMetadata.toDict(m));
        d.remove(MODEL_INDEX); // compared result by result in the evaluation part
        return d;
    }
}
