package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.GeneratedReadme;
import io.modelcards.hf.HfMetadata;
import io.modelcards.validate.AnnexIvCoverage;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.render.chart.DatasetChart;
import io.modelcards.render.chart.TrainingChart;
import io.modelcards.render.html.ComplianceTable;
import io.modelcards.render.html.HtmlPage;
import io.modelcards.render.html.ImageFolder;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.RenderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a card to an output format, with a built-in template or a user's template, through one call:
 * {@link #render(RenderRequest)}. Output is a pure function of the request and this build: the same request gives the
 * same bytes. When the result has errors its output is empty.
 */
public final class CardRenderer {
    private final JinjaEngine engine;

    /** A renderer that runs its templates on {@code engine}. */
    public CardRenderer(JinjaEngine engine) {
        this.engine = engine;
    }

    /** A renderer on a new engine. */
    public static CardRenderer create() {
        return new CardRenderer(JinjaEngine.create());
    }

    /**
     * Renders the request's card. md: the card's front matter between {@code ---} lines (unless a user's template
     * writes its own), then the template's output made readable back ({@link GeneratedReadme#finish}: sealed generated
     * regions, the card comment in place of its placeholder line), and as attachments the charts that output refers to by file name
     * (the training curve, {@link TrainingChart#FILE_NAME}, and each profiled dataset's chart,
     * {@link DatasetChart#fileNames}); html: that Markdown without front matter as one page with the charts inline
     * and the other local images read from the request's {@link RenderRequest#images() folder} (a warning for each
     * one that cannot be shown);
     * the page has no region marker or card comment ({@link GeneratedReadme#withoutMarkers});
     * json: the card's JSON, no template involved. When the template fails, the result holds its problems, no output
     * and no attachments.
     */
    public RenderedCard render(RenderRequest request) {
        ModelCard card = request.card();
        if (request.format() == OutputFormat.JSON) {
            return new RenderedCard(CardCodec.toJson(card), List.of(), Map.of());
        }
        if (request.template() instanceof TemplateChoice.User user) {
            return renderUser(card, request.format(), user, request.options(), request.images(), request.compliance());
        }
        BuiltinTemplate template = request.template() instanceof TemplateChoice.Builtin builtin
                ? builtin.template() : BuiltinTemplates.choose(card);
        return renderBuiltin(card, request.format(), template, request.options(), request.images(), request.compliance());
    }

    /**
     * The card as README.md by its built-in template, keeping the layout of the README the card was read from: a merged
     * card whose {@link ModelCard#source()} is the previous README's. Text outside generated regions is
     * {@link ReadmeCodec#write} of the card (unchanged parts byte for byte, changed fields rewritten in place), and every
     * generated region comes from the fresh rendering ({@link GeneratedReadme#splice}). A card without a README source
     * renders as {@link #render} does with the built-in template. When the template fails, the result holds its problems.
     */
    public RenderedCard renderKeepingLayout(ModelCard card, RenderOptions options) {
        RenderedCard fresh = render(new RenderRequest(card, OutputFormat.MD, TemplateChoice.AUTO, options));
        if (fresh.hasErrors() || card.source() == null) {
            return fresh;
        }
        try {
            return markdown(card, GeneratedReadme.splice(ReadmeCodec.write(card), fresh.output(), card), fresh.problems());
        } catch (InvalidInputException e) {
            // Both texts were written by modelcards, whose front matter is always closed.
            throw new IllegalStateException("a README modelcards wrote does not read: " + e.getMessage(), e);
        }
    }

    /** A built-in template's output ends with exactly one line end and always gets the card's front matter. */
    private RenderedCard renderBuiltin(ModelCard card, OutputFormat format, BuiltinTemplate template, RenderOptions options,
            ImageFolder images, ComplianceView compliance) {
        RenderResult body = engine.render(template.id(), BuiltinTemplates.source(template), CardContext.of(card), options);
        if (body.hasErrors()) {
            return RenderedCard.failed(body.problems());
        }
        String markdown = body.output().stripTrailing() + "\n";
        return format == OutputFormat.MD
                ? markdown(card, GeneratedReadme.finish(card, "---\n" + FrontMatter.yaml(HfMetadata.forReadme(card)) + "---\n" + markdown),
                        body.problems())
                : html(card, markdown, body.problems(), images, compliance);
    }

    /**
     * A user's template sees the built-in templates' variables ({@link CardContext#of}) and then its own, which win
     * ({@link TemplateChoice.User}); each of its own that replaces a card value is a warning. md: the output as it is,
     * with the front matter put in front when the output does not start with its own {@code ---} line; html: the
     * output without any front matter, as a page.
     */
    private RenderedCard renderUser(ModelCard card, OutputFormat format, TemplateChoice.User user, RenderOptions options,
            ImageFolder images, ComplianceView compliance) {
        Map<String, Object> vars = CardContext.of(card);
        List<Diagnostic> problems = new ArrayList<>();
        user.variables().forEach((name, value) -> {
            Object cards = vars.put(name, value);
            if (!isEmpty(cards) && !cards.equals(value)) {
                problems.add(Diagnostic.warning(user.name(), 0, 0, "template/variable-replaced", "your variable '" + name
                        + "' replaces the card's value of that name, and the template sees yours: rename yours to keep both"));
            }
        });
        RenderResult r = engine.render(user.name(), user.source(), vars, options);
        if (r.hasErrors()) {
            return RenderedCard.failed(r.problems());
        }
        problems.addAll(r.problems());
        String out = r.output();
        boolean hasFrontMatter = out.startsWith("---\n") || out.startsWith("---\r\n");
        if (format == OutputFormat.MD) {
            String text = hasFrontMatter ? out : "---\n" + FrontMatter.yaml(HfMetadata.forReadme(card)) + "---\n" + out;
            return markdown(card, GeneratedReadme.finish(card, text), problems);
        }
        return html(card, hasFrontMatter ? withoutFrontMatter(out) : out, problems, images, compliance);
    }

    /** Whether a card value says nothing, so that replacing it loses nothing: null, "", or an empty list or map. */
    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The README text, with the charts attached that the text refers to by file name. */
    private static RenderedCard markdown(ModelCard card, String text, List<Diagnostic> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        charts(card, text).forEach((name, svg) -> files.put(name, svg.getBytes(StandardCharsets.UTF_8)));
        return new RenderedCard(text, problems, files);
    }

    /**
     * The page, with the charts drawn inline where the Markdown shows them as images, other local images read from
     * {@code images}, and the problems of both the template and the images.
     */
    private static RenderedCard html(ModelCard card, String markdown, List<Diagnostic> problems, ImageFolder images,
            ComplianceView compliance) {
        Map<String, String> figures = charts(card, markdown);
        String appendix = compliance instanceof ComplianceView.AnnexIv a
                ? ComplianceTable.annexIv(AnnexIvCoverage.of(card, a.evidence())) : "";
        HtmlPage.Page page = HtmlPage.page(title(card), GeneratedReadme.withoutMarkers(markdown), HfMetadata.toDict(card.metadata()),
                figures, images, appendix);
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(page.problems());
        return new RenderedCard(page.html(), all, Map.of());
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
