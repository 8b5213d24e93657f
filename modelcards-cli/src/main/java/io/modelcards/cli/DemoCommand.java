package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.cli.demo.DemoDocumentation;
import io.modelcards.cli.demo.DemoRun;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.render.jinja.RenderOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards demo}: the main job. Trains a real Tribuo classifier on generated data, records the run, merges the
 * demo's own documentation ({@link DemoDocumentation}) into the captured card, and writes README.md, modelcard.html and
 * modelcard.json to the output directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Train a Tribuo classifier on generated data, capture everything, and write its model card "
                + "(README.md, modelcard.html, modelcard.json).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the card (default: out/demo, or the --previous DIR).")
    Path out;

    @Option(names = "--seed", description = "Seed for the data, the training and the bootstrap (default: 42, or with --previous one "
            + "more than the previous run's, so that the retrain sees new data).")
    Long seed;

    @Option(names = "--previous", paramLabel = "DIR", description = "Retrain as the next version of the card in DIR (its README.md): "
            + "what a person wrote there is kept, captured facts are new, and text written against facts that changed is "
            + "flagged stale.")
    Path previous;

    @Option(names = "--reproducible", description = "Leave out run-specific facts (energy and emissions of this run), "
            + "so two runs with the same seed write identical bytes.")
    boolean reproducible;

    @Option(names = "--no-registry", description = "Only write the card: skip taking it through a registry (push, review, "
            + "publish, gate) in DIR/registry, which each first run makes anew.")
    boolean noRegistry;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PreviousCard before = previous == null ? null : PreviousCard.read(previous, err);
        long runSeed = seed != null ? seed : before != null ? before.nextSeed() : PreviousCard.FIRST_SEED;
        Path dir = out != null ? out : previous != null ? previous : Path.of("out/demo");
        err.println("modelcards demo: training a Tribuo logistic regression on generated data (seed " + runSeed + ") ...");
        err.flush();
        quietTribuo();
        ModelCard captured = DemoRun.run(runSeed, reproducible);
        // The person's part: on a first run the demo's documentation, shipped as README sections; on a retrain what
        // the previous card holds, with the person's edits.
        ModelCard card = before == null ? DemoDocumentation.mergeInto(captured) : before.merge(captured, err);
        CardRenderer renderer = CardRenderer.create();
        // A retrain keeps the previous README's layout, a person's edits to it included; a first run has none to keep.
        RenderedCard md = rendered(renderer.renderKeepingLayout(card, RenderOptions.DEFAULT));
        String html = rendered(renderer.render(RenderRequest.of(card, OutputFormat.HTML))).output();
        PrintWriter stdout = spec.commandLine().getOut();
        // All files go through one staged write beside README.md, so a failure leaves none of them half-updated.
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("modelcard.html", html.getBytes(StandardCharsets.UTF_8));
        // The JSON card is the card alone: the README layout a retrain keeps belongs to README.md.
        files.put("modelcard.json", CardCodec.toJson(card.withSource(null)).getBytes(StandardCharsets.UTF_8));
        files.putAll(md.attachments());
        OutputFiles.write(dir.resolve("README.md"), md.output(), files, stdout, err);
        stdout.println("wrote " + dir.resolve("README.md"));
        files.keySet().forEach(f -> stdout.println("wrote " + dir.resolve(f)));
        stdout.flush();
        if (noRegistry) {
            return ExitCode.OK;
        }
        if (before != null) {
            // A retrain's card has people's text written against the old facts: the registry would refuse to review it
            // until someone confirms or rewrites that text, which is the person's step, not the demo's.
            stdout.println("the registry walk-through runs on a first demo only: push this card as a new version with "
                    + "'modelcards push', after confirming or rewriting its stale fields (modelcards validate --rules review)");
            stdout.flush();
        } else {
            DemoWalkthrough.run(dir, reproducible, stdout);
        }
        return ExitCode.OK;
    }

    /**
     * Tribuo logs every SGD step's objective at INFO on the console; the card captures it, so the demo keeps the
     * console to its own lines. The logger is held in a field so its settings are not lost to garbage collection.
     */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private static void quietTribuo() {
        TRIBUO.setUseParentHandlers(false);
    }

    private static RenderedCard rendered(RenderedCard r) {
        if (r.hasErrors()) {
            // The built-in templates render every captured card; an error here is a bug, not bad input.
            throw new IllegalStateException("built-in template failed: " + r.problems());
        }
        return r;
    }
}
