package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the built-in template for a card and gives each built-in as one self-contained Jinja2 template string.
 *
 * <p><b>Assembly.</b> The engine's API renders one source string, with no template loader, so the built-ins are
 * assembled here, in the manner of Jinja's {@code extends}: {@code default.md.j2} marks replaceable regions with a line
 * {@code {# block NAME #}} and a line {@code {# endblock #}}; a kind's file {@code kinds/<id>/<NAME>.md.j2} replaces
 * the lines between them. The marker lines are removed, and a block no kind replaces keeps its default lines. The
 * result uses only constructs that Python's Jinja2 renders alike, and is what the differential test renders. It has
 * no final line end, so that engines agree whether or not they keep a template's trailing newline.
 *
 * <p><b>Choice</b> ({@link #choose}), first rule that matches wins:
 * <ol>
 *   <li>{@code details.model_type}, by words: "sparse" → sparse-encoder; "rerank", "cross-encoder", "cross encoder" or "ranker" →
 *       reranker; "embedding" or "sentence-transformer" → text-embedding; "generative", "language model", "llm",
 *       "causal" or "text generation" → text-generation; "classif" or "logistic" → classifier; "regress" → regressor;</li>
 *   <li>{@code metadata.pipeline_tag}: text-ranking → reranker; sentence-similarity or feature-extraction →
 *       text-embedding, or sparse-encoder when the tags name "sparse-encoder" or "splade"; text-generation,
 *       text2text-generation → text-generation; tabular-regression → regressor; any "*-classification" → classifier;</li>
 *   <li>tags and {@code library_name}: "sparse-encoder"/"splade" → sparse-encoder; "cross-encoder"/"reranker" →
 *       reranker; "sentence-transformers" → text-embedding;</li>
 *   <li>otherwise default.</li>
 * </ol>
 */
public final class BuiltinTemplates {
    private static final String ROOT = "/io/modelcards/render/templates/";
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)^[ \\t]*\\{# block ([a-z_]+) #\\}[ \\t]*\\n(.*?)^[ \\t]*\\{# endblock #\\}[ \\t]*\\n", Pattern.DOTALL);
    private static final Map<BuiltinTemplate, String> CACHE = new ConcurrentHashMap<>();

    private BuiltinTemplates() {}

    /** The built-in template for {@code card}, by the rules in the class comment. */
    public static BuiltinTemplate choose(ModelCard card) {
        String type = lower(card.details().modelType());
        BuiltinTemplate t = byModelType(type);
        if (t != null) {
            return t;
        }
        List<String> tags = card.metadata().tags().stream().map(BuiltinTemplates::lower).toList();
        boolean sparseTag = tags.contains("sparse-encoder") || tags.contains("splade");
        String pipeline = lower(card.metadata().pipelineTag());
        switch (pipeline) {
            case "text-ranking": return BuiltinTemplate.RERANKER;
            case "sentence-similarity", "feature-extraction":
                return sparseTag ? BuiltinTemplate.SPARSE_ENCODER : BuiltinTemplate.TEXT_EMBEDDING;
            case "text-generation", "text2text-generation": return BuiltinTemplate.TEXT_GENERATION;
            case "tabular-regression": return BuiltinTemplate.REGRESSOR;
            default:
                if (pipeline.endsWith("-classification")) {
                    return BuiltinTemplate.CLASSIFIER;
                }
        }
        if (sparseTag) {
            return BuiltinTemplate.SPARSE_ENCODER;
        }
        if (tags.contains("cross-encoder") || tags.contains("reranker")) {
            return BuiltinTemplate.RERANKER;
        }
        if (tags.contains("sentence-transformers") || lower(card.metadata().libraryName()).equals("sentence-transformers")) {
            return BuiltinTemplate.TEXT_EMBEDDING;
        }
        return BuiltinTemplate.DEFAULT;
    }

    private static BuiltinTemplate byModelType(String type) {
        if (type.contains("sparse")) {
            return BuiltinTemplate.SPARSE_ENCODER;
        }
        if (type.contains("rerank") || type.contains("cross-encoder") || type.contains("cross encoder") || type.contains("ranker")) {
            return BuiltinTemplate.RERANKER;
        }
        if (type.contains("embedding") || type.contains("sentence-transformer")) {
            return BuiltinTemplate.TEXT_EMBEDDING;
        }
        for (String w : List.of("generative", "language model", "llm", "causal", "text generation")) {
            if (type.contains(w)) {
                return BuiltinTemplate.TEXT_GENERATION;
            }
        }
        // "Logistic regression" is a classifier, and "linear classifier (logistic regression)" names both words:
        // classification wins over regression.
        if (type.contains("classif") || type.contains("logistic")) {
            return BuiltinTemplate.CLASSIFIER;
        }
        return type.contains("regress") ? BuiltinTemplate.REGRESSOR : null;
    }

    /** The assembled Jinja2 source of {@code template}; the same string on every call. */
    public static String source(BuiltinTemplate template) {
        return CACHE.computeIfAbsent(template, BuiltinTemplates::assemble);
    }

    /**
     * The text of {@code template} as a file a person can save, edit and pass back as a user template: its
     * {@link #source} and two line ends. Jinja drops a template's final line end, so the empty last line is what ends
     * the output with one, and the saved file renders to the same bytes as the built-in.
     */
    public static String file(BuiltinTemplate template) {
        return source(template) + "\n\n";
    }

    private static String assemble(BuiltinTemplate template) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String block : template.blocks()) {
            String text = resource("kinds/" + template.id() + "/" + block + ".md.j2");
            overrides.put(block, text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
        }
        String base = resource("default.md.j2");
        Matcher m = BLOCK.matcher(base);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(overrides.getOrDefault(m.group(1), m.group(2))));
        }
        m.appendTail(out);
        // No final line end: Python's Jinja2 drops one and Jinjava keeps it; the renderer adds the file's last newline.
        return out.toString().stripTrailing();
    }

    private static String resource(String name) {
        try (InputStream in = BuiltinTemplates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in template file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }
}
