package io.modelcards.cli;

import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetProfile;
import io.modelcards.card.Datasets;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.LoadedCard;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.ComplianceView;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.render.card.TemplateChoice;
import io.modelcards.render.html.ImageFolder;
import io.modelcards.render.jinja.RenderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards render CARD}: renders a card with a built-in template, or with the user's Jinja2 template,
 * to Markdown (HF README.md), self-contained HTML, or JSON. A README's chart files are written beside it.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a card (README.md, .json or .yaml) to md, html or json.",
                "With --template, the template sees what the built-in templates see (docs/templates.md lists it) and "
                        + "huggingface_hub's card_data.to_dict() names, then --vars and --var values, which win, with a "
                        + "warning when one replaces a card value.", "Start from a built-in: modelcards templates show NAME."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CARD", description = "The card: README.md, card.json or card.yaml.")
    Path input;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A Jinja2 template to use instead of the built-in one (modelcards templates show NAME prints those).")
    Path template;

    @Option(names = "--vars", paramLabel = "FILE.json", description = "A JSON object of extra template variables.")
    Path varsFile;

    @Option(names = "--var", paramLabel = "k=v", description = "One extra template variable (a string); repeatable; wins over --vars.")
    List<String> vars = List.of();

    @Option(names = "--format", paramLabel = "md|html|json", description = "Output format; default: from -o's extension, else md.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write here; default: stdout. With md, the chart files (training_curve.svg) go beside it.")
    Path output;

    @Option(names = "--strict", description = "Make undefined template variables errors.")
    boolean strict;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a render that runs longer than this (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--profile", paramLabel = "[ROLE=]FILE", description = "A dataset profile.json (from modelcards profile) to show "
            + "in the card; repeatable. ROLE is training or evaluation; without it, test/eval/validation/dev splits are "
            + "evaluation and others training. It replaces the card's dataset of the same name and role, or is added.")
    List<String> profiles = List.of();

    @Option(names = "--compliance", paramLabel = "annex-iv", description = "With html, add a compliance view after the card: "
            + "annex-iv, its coverage of each point of Annex IV of the EU AI Act (not legal advice; docs/annex-iv.md).")
    String compliance;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        if (!(timeoutSeconds > 0 && timeoutSeconds <= 3600)) {
            throw CliFailure.usage("--timeout", "usage/timeout", "--timeout must be more than 0 and at most 3600 seconds");
        }
        OutputFormat fmt = chooseFormat();
        ComplianceView view = compliance == null ? ComplianceView.NONE : ComplianceView.parse(compliance).orElseThrow(() ->
                CliFailure.usage("--compliance", "usage/compliance", "unknown compliance view '" + compliance + "': use annex-iv"));
        if (view != ComplianceView.NONE && fmt != OutputFormat.HTML) {
            throw CliFailure.usage("--compliance", "usage/compliance", "--compliance shows in html only: add --format html");
        }
        Map<String, Object> extra = extraVars();
        String templateSource = template == null ? null : InputFiles.read(template, template.toString());
        List<ProfileFiles.Given> given = profiles.stream().map(ProfileFiles::parse).toList();
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        CardFiles.printProblems(loaded.problems(), spec.commandLine().getErr());
        ModelCard card = withProfiles(loaded.card(), given);
        RenderOptions options = RenderOptions.DEFAULT.withStrict(strict)
                .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)));
        TemplateChoice choice = templateSource == null
                ? TemplateChoice.AUTO : new TemplateChoice.User(template.toString(), templateSource, extra);
        // Local images in the card's Markdown are looked up beside the card, as a repository viewer would find them.
        RenderRequest request = new RenderRequest(card, fmt, choice, options, ImageFolder.besideCard(input), view);
        RenderedCard result = CardRenderer.create().render(request);
        if (result.hasErrors()) {
            throw new CliFailure(ExitCode.INVALID, result.problems());
        }
        CardFiles.printProblems(result.problems(), spec.commandLine().getErr());
        OutputFiles.write(output, result.output(), result.attachments(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ExitCode.OK;
    }

    /** The card with each profile put into its datasets, in the order given. */
    private static ModelCard withProfiles(ModelCard card, List<ProfileFiles.Given> given) {
        List<DatasetInfo> datasets = card.datasets();
        for (ProfileFiles.Given g : given) {
            DatasetProfile p = ProfileFiles.read(g.path(), g.path().toString());
            datasets = Datasets.withProfile(datasets, p, g.role());
        }
        return given.isEmpty() ? card : card.withDatasets(datasets);
    }

    /** {@code --format} if given, else the format {@code -o}'s extension names, else md. */
    private OutputFormat chooseFormat() {
        if (format != null) {
            return OutputFormat.parse(format).orElseThrow(() ->
                    CliFailure.usage("--format", "usage/format", "unknown format '" + format + "': use md, html or json"));
        }
        return OutputFormat.of(output).orElse(OutputFormat.MD);
    }

    private Map<String, Object> extraVars() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (varsFile != null) {
            m.putAll(TemplateVars.readJsonObject(varsFile));
        }
        for (String kv : vars) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw CliFailure.usage("--var", "usage/var", "'" + kv + "' is not k=v: write --var name=value");
            }
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }

}
