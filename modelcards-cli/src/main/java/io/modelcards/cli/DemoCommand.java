package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.cli.demo.DemoDocumentation;
import io.modelcards.cli.demo.DemoRun;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
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

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Where to write the card (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed for the data, the training and the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reproducible", description = "Leave out run-specific facts (energy and emissions of this run), "
            + "so two runs with the same seed write identical bytes.")
    boolean reproducible;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("modelcards demo: training a Tribuo logistic regression on generated data (seed " + seed + ") ...");
        err.flush();
        quietTribuo();
        // The captured run, then the person's part: the demo's documentation, shipped as README sections.
        ModelCard card = DemoDocumentation.mergeInto(DemoRun.run(seed, reproducible));
        CardRenderer renderer = CardRenderer.create();
        RenderedCard md = rendered(renderer.render(RenderRequest.of(card, OutputFormat.MD)));
        String html = rendered(renderer.render(RenderRequest.of(card, OutputFormat.HTML))).output();
        PrintWriter stdout = spec.commandLine().getOut();
        // All files go through one staged write beside README.md, so a failure leaves none of them half-updated.
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("modelcard.html", html.getBytes(StandardCharsets.UTF_8));
        files.put("modelcard.json", CardCodec.toJson(card).getBytes(StandardCharsets.UTF_8));
        files.putAll(md.attachments());
        OutputFiles.write(out.resolve("README.md"), md.output(), files, stdout, err);
        stdout.println("wrote " + out.resolve("README.md"));
        files.keySet().forEach(f -> stdout.println("wrote " + out.resolve(f)));
        stdout.flush();
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
