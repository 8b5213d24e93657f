package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model facts that specialised templates show (label set, embedding dimension, context length, generation settings),
 * looked up under a canonical name and its aliases.
 *
 * <p>Where a fact is looked for, first match wins: the metadata's extra keys ({@code metadata.extra}), then the
 * governance custom fields, then the captured hyperparameters.
 */
final class Facts {
    /** Canonical name → accepted names, the canonical one first. */
    static final Map<String, List<String>> ALIASES = aliases(
            "labels", List.of("labels", "label_names", "classes", "id2label"),
            "num_labels", List.of("num_labels", "num_classes", "n_classes"),
            "target", List.of("target", "target_column", "label_column"),
            "embedding_dimension", List.of("embedding_dimension", "output_dimensionality", "dimensions", "embedding_dim",
                    "output_dim", "dim"),
            "similarity_function", List.of("similarity_function", "similarity_fn_name", "similarity"),
            "max_seq_length", List.of("max_seq_length", "max_sequence_length", "max_length"),
            "pooling", List.of("pooling", "pooling_mode", "pooling_strategy"),
            "vocab_size", List.of("vocab_size", "vocabulary_size"),
            "activation", List.of("activation", "activation_function", "activation_fn"),
            "context_length", List.of("context_length", "max_position_embeddings", "n_ctx", "max_context_length"),
            "prompt_format", List.of("prompt_format", "prompt_template", "chat_template"),
            "temperature", List.of("temperature", "generation.temperature"),
            "top_p", List.of("top_p", "generation.top_p"),
            "top_k", List.of("top_k", "generation.top_k"),
            "max_new_tokens", List.of("max_new_tokens", "generation.max_new_tokens"),
            "repetition_penalty", List.of("repetition_penalty", "generation.repetition_penalty"),
            "do_sample", List.of("do_sample", "generation.do_sample"));

    /** The facts that are generation settings, in the order the generation table lists them. */
    static final List<String> GENERATION = List.of("temperature", "top_p", "top_k", "max_new_tokens", "repetition_penalty", "do_sample");

    private Facts() {}

    /**
     * Every fact, canonical name → display text, in {@link #ALIASES} order; "" for a fact the card does not have, so
     * templates rendered with strict undefined-checking may test any fact.
     */
    static Map<String, String> of(ModelCard card) {
        List<Map<String, Object>> sources = List.of(card.metadata().extra(), card.governance().customFields(),
                card.training().hyperparameters().all());
        Map<String, String> facts = new LinkedHashMap<>();
        for (var e : ALIASES.entrySet()) {
            Object v = find(sources, e.getValue());
            facts.put(e.getKey(), "");
            if (v != null) {
                String text = v instanceof Map<?, ?> m && e.getKey().equals("labels")
                        ? DisplayText.of(List.copyOf(m.values())) : DisplayText.of(v);
                // Trailing line ends would leave a blank line inside the code block a prompt format is shown in.
                facts.put(e.getKey(), text.stripTrailing());
            }
        }
        return facts;
    }

    private static Object find(List<Map<String, Object>> sources, List<String> names) {
        for (Map<String, Object> s : sources) {
            for (String n : names) {
                if (s.get(n) != null) {
                    return s.get(n);
                }
            }
        }
        return null;
    }

    private static Map<String, List<String>> aliases(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) kv[i + 1];
            m.put((String) kv[i], names);
        }
        return m;
    }
}
