package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.hf.HfMetadata;
import io.modelcards.render.html.HtmlPage;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.RenderResult;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.chart.DatasetChart;
import io.modelcards.render.chart.TrainingChart;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** {@link #renderCard(ModelCard, BuiltinTemplate, Format, RenderOptions)} without the attachments. */
    public RenderResult render(ModelCard card, BuiltinTemplate template, Format format, RenderOptions options) {
        return renderCard(card, template, format, options).result();
    }

    /** Renders {@code card} with the built-in template {@link BuiltinTemplates#choose} picks, with its attachments. */
    public RenderedCard renderCard(ModelCard card, Format format, RenderOptions options) {
        return renderCard(card, BuiltinTemplates.choose(card), format, options);
    }

    /**
     * Renders {@code card} with {@code template}. md: {@code ---}, the front matter, {@code ---}, then the template's
     * output ending with one line end, and as attachments the training chart ({@link TrainingChart#FILE_NAME}) when
     * the card has a training log with metrics and each profiled dataset's chart ({@link DatasetChart}); html: that body as a page, the chart inline; json: the card's JSON
     * (no template involved).
     */
    public RenderedCard renderCard(ModelCard card, BuiltinTemplate template, Format format, RenderOptions options) {
        if (format == Format.JSON) {
            return new RenderedCard(CardCodec.toJson(card), List.of(), Map.of());
        }
        RenderResult body = engine.render(template.id(), BuiltinTemplates.source(template), CardContext.of(card), options);
        if (body.hasErrors()) {
            return new RenderedCard("", body.problems(), Map.of());
        }
        String markdown = body.output().stripTrailing() + "\n";
        return format == Format.MD
                ? markdown(card, "---\n" + FrontMatter.yaml(card.metadata()) + "---\n" + markdown, body.problems())
                : html(card, markdown, body.problems());
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
        return renderCardWith(card, format, templateName, templateSource, extraVars, options).result();
    }

    /**
     * {@link #renderWith(ModelCard, Format, String, String, Map, RenderOptions)} with attachments: when the user's
     * template refers to {@link TrainingChart#FILE_NAME} and the card has a chart, md gets the file and html has it
     * inline, as with the built-in templates.
     */
    public RenderedCard renderCardWith(ModelCard card, Format format, String templateName, String templateSource,
                                       Map<String, Object> extraVars, RenderOptions options) {
        if (format == Format.JSON) {
            return new RenderedCard(CardCodec.toJson(card), List.of(), Map.of());
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("card_data", FrontMatter.yaml(card.metadata()).stripTrailing());
        vars.putAll(HfMetadata.toDict(card.metadata()));
        if (extraVars != null) {
            vars.putAll(extraVars);
        }
        RenderResult r = engine.render(templateName, templateSource, vars, options);
        if (r.hasErrors()) {
            return new RenderedCard("", r.problems(), Map.of());
        }
        String out = r.output();
        boolean hasFrontMatter = out.startsWith("---\n") || out.startsWith("---\r\n");
        if (format == Format.MD) {
            return markdown(card, hasFrontMatter ? out : "---\n" + FrontMatter.yaml(card.metadata()) + "---\n" + out, r.problems());
        }
        return html(card, hasFrontMatter ? withoutFrontMatter(out) : out, r.problems());
    }

    /** The README text, with the charts attached that the text refers to by file name. */
    private static RenderedCard markdown(ModelCard card, String text, List<Diagnostic> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        charts(card, text).forEach((name, svg) -> files.put(name, svg.getBytes(StandardCharsets.UTF_8)));
        return new RenderedCard(text, problems, files);
    }

    /** The page, with the charts drawn inline where the Markdown shows them as images. */
    private static RenderedCard html(ModelCard card, String markdown, List<Diagnostic> problems) {
        Map<String, String> figures = charts(card, markdown);
        return new RenderedCard(HtmlPage.render(title(card), markdown, HfMetadata.toDict(card.metadata()), figures),
                problems, Map.of());
    }

    /**
     * The charts {@code text} refers to by file name, in a stable order: the training curve, then each profiled
     * dataset's chart ({@link DatasetChart#fileNames}).
     */
    private static Map<String, String> charts(ModelCard card, String text) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (text.contains(TrainingChart.FILE_NAME)) {
            TrainingChart.svg(card.training().log()).ifPresent(svg -> charts.put(TrainingChart.FILE_NAME, svg));
        }
        List<String> names = DatasetChart.fileNames(card.datasets());
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty() && text.contains(names.get(i))) {
                String name = names.get(i);
                DatasetChart.svg(card.datasets().get(i)).ifPresent(svg -> charts.put(name, svg));
            }
        }
        return charts;
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
