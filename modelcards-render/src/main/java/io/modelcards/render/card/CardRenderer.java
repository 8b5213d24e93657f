package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.HfMetadata;
import io.modelcards.render.html.HtmlPage;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.RenderResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a card to a format, with a built-in template or a user's template. Output is a pure function of the card,
 * the template and this build: the same inputs give the same bytes. When the result has errors its output is empty.
 */
public final class CardRenderer {
    private final JinjaEngine engine;

    public CardRenderer(JinjaEngine engine) {
        this.engine = engine;
    }

    /** A renderer on a new engine. */
    public static CardRenderer create() {
        return new CardRenderer(JinjaEngine.create());
    }

    /** Renders {@code card} with the built-in template {@link BuiltinTemplates#choose} picks for it. */
    public RenderResult render(ModelCard card, Format format, RenderOptions options) {
        return render(card, BuiltinTemplates.choose(card), format, options);
    }

    /**
     * Renders {@code card} with {@code template}. md: {@code ---}, the front matter, {@code ---}, then the template's
     * output ending with one line end; html: that body as a page; json: the card's JSON (no template involved).
     */
    public RenderResult render(ModelCard card, BuiltinTemplate template, Format format, RenderOptions options) {
        if (format == Format.JSON) {
            return new RenderResult(CardCodec.toJson(card), java.util.List.of());
        }
        RenderResult body = engine.render(template.id(), BuiltinTemplates.source(template), CardContext.of(card), options);
        if (body.hasErrors()) {
            return new RenderResult("", body.problems());
        }
        String markdown = body.output().stripTrailing() + "\n";
        String out = format == Format.MD
                ? "---\n" + FrontMatter.yaml(card.metadata()) + "---\n" + markdown
                : HtmlPage.render(title(card), markdown, HfMetadata.toDict(card.metadata()));
        return new RenderResult(out, body.problems());
    }

    /** {@link #renderWith(ModelCard, Format, String, String, Map, RenderOptions)} to md. */
    public RenderResult renderWith(ModelCard card, String templateName, String templateSource, Map<String, Object> extraVars,
                                   RenderOptions options) {
        return renderWith(card, Format.MD, templateName, templateSource, extraVars, options);
    }

    /**
     * Renders {@code card} with a user's template, as huggingface_hub's {@code ModelCard.from_template} does: the
     * variables are {@code card_data} (the front matter YAML) and the names of {@code card_data.to_dict()}
     * ({@link HfMetadata#toDict}), then {@code extraVars}, which win. md: the template's output as it is, with the
     * front matter put in front when the output does not start with its own {@code ---} line; html: the output without
     * any front matter, as a page; json: the card's JSON.
     */
    public RenderResult renderWith(ModelCard card, Format format, String templateName, String templateSource,
                                   Map<String, Object> extraVars, RenderOptions options) {
        if (format == Format.JSON) {
            return new RenderResult(CardCodec.toJson(card), java.util.List.of());
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("card_data", FrontMatter.yaml(card.metadata()).stripTrailing());
        vars.putAll(HfMetadata.toDict(card.metadata()));
        if (extraVars != null) {
            vars.putAll(extraVars);
        }
        RenderResult r = engine.render(templateName, templateSource, vars, options);
        if (r.hasErrors()) {
            return new RenderResult("", r.problems());
        }
        String out = r.output();
        boolean hasFrontMatter = out.startsWith("---\n") || out.startsWith("---\r\n");
        if (format == Format.MD) {
            return new RenderResult(hasFrontMatter ? out : "---\n" + FrontMatter.yaml(card.metadata()) + "---\n" + out, r.problems());
        }
        String body = hasFrontMatter ? withoutFrontMatter(out) : out;
        return new RenderResult(HtmlPage.render(title(card), body, HfMetadata.toDict(card.metadata())), r.problems());
    }

    /** The text after the closing {@code ---} line of a leading front matter block, or all of it if it never closes. */
    static String withoutFrontMatter(String text) {
        int start = text.indexOf('\n') + 1;
        int i = start;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            String line = (end < 0 ? text.substring(i) : text.substring(i, end)).stripTrailing();
            if (line.equals("---")) {
                return end < 0 ? "" : text.substring(end + 1);
            }
            if (end < 0) {
                break;
            }
            i = end + 1;
        }
        return text;
    }

    private static String title(ModelCard card) {
        String id = card.details().name() != null ? card.details().name() : card.metadata().modelName();
        return id == null || id.isBlank() ? "Model card" : "Model card: " + id.strip();
    }
}
