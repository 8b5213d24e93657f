package io.modelcards.render.card;

import java.util.List;

/**
 * The built-in model card templates. Each is the default template with some of its blocks replaced by the kind's
 * own files; {@link BuiltinTemplates} explains the assembly and the choice.
 */
public enum BuiltinTemplate {
    DEFAULT("default", List.of(),
            "any model: every section of huggingface_hub's default card, filled from the card"),
    CLASSIFIER("classifier", List.of("details"),
            "classifiers: adds the labels and their number"),
    REGRESSOR("regressor", List.of("details", "evaluation"),
            "regressors: adds the target and error metrics"),
    TEXT_EMBEDDING("text-embedding", List.of("details", "usage"),
            "sentence embeddings: adds dimensions, pooling and a sentence-transformers example"),
    SPARSE_ENCODER("sparse-encoder", List.of("details", "usage", "evaluation"),
            "sparse encoders (SPLADE): adds dimensions, activation, a usage example, sparsity metrics"),
    RERANKER("reranker", List.of("details", "usage", "evaluation"),
            "rerankers and cross-encoders: adds sequence length, a scoring example, ranking metrics"),
    TEXT_GENERATION("text-generation", List.of("details", "usage"),
            "text generation: adds context length, prompt format and generation settings");

    private final String id;
    private final List<String> blocks;
    private final String purpose;

    BuiltinTemplate(String id, List<String> blocks, String purpose) {
        this.id = id;
        this.blocks = blocks;
        this.purpose = purpose;
    }

    /** The template id users pass on the command line and problems name, e.g. "text-embedding". */
    public String id() {
        return id;
    }

    /** What the template is for and what it adds to the default one, in one line, e.g. for {@code templates list}. */
    public String purpose() {
        return purpose;
    }

    /** The blocks of the default template this kind replaces, each from {@code kinds/<id>/<block>.md.j2}. */
    List<String> blocks() {
        return blocks;
    }

    /** The template with this id, or null. */
    public static BuiltinTemplate byId(String id) {
        for (BuiltinTemplate t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
