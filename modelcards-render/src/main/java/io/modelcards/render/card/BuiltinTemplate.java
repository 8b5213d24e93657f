package io.modelcards.render.card;

import java.util.List;

/**
 * The built-in model card templates. Each is the default template with some of its blocks replaced by the kind's
 * own files; {@link BuiltinTemplates} explains the assembly and the choice.
 */
public enum BuiltinTemplate {
    DEFAULT("default", List.of()),
    CLASSIFIER("classifier", List.of("details", "evaluation")),
    REGRESSOR("regressor", List.of("details", "evaluation")),
    TEXT_EMBEDDING("text-embedding", List.of("details", "usage", "evaluation")),
    SPARSE_ENCODER("sparse-encoder", List.of("details", "usage", "evaluation")),
    RERANKER("reranker", List.of("details", "usage", "evaluation")),
    TEXT_GENERATION("text-generation", List.of("details", "usage", "evaluation"));

    private final String id;
    private final List<String> blocks;

    BuiltinTemplate(String id, List<String> blocks) {
        this.id = id;
        this.blocks = blocks;
    }

    /** The template id users pass on the command line and problems name, e.g. "text-embedding". */
    public String id() {
        return id;
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
