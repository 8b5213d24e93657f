package io.modelcards.bench;

import io.modelcards.render.jinja.CompiledTemplate;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.render.jinja.RenderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures single-thread renders per second of one template and context, the way bench/peers/render_vs_jinja2.py
 * measures Python's Jinja2: parse once, warm up, then timed rounds; prints the median.
 *
 * <p>Usage: {@code RenderThroughput TEMPLATE CONTEXT.json WARMUP_SECONDS ROUNDS ROUND_SECONDS [OUTPUT_FILE]}.
 * The last line printed is {@code renders_per_second=X}. With OUTPUT_FILE the rendered text is written there so the
 * script can check both sides produced the same bytes.
 */
public final class RenderThroughput {
    private RenderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Workload w = Workload.read(args[0], Path.of(args[0]), Path.of(args[1]));
        double warmup = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        double roundSeconds = Double.parseDouble(args[4]);
        CompiledTemplate t = JinjaEngine.create().compile(w.name(), w.template());
        RenderResult first = t.render(w.context(), RenderOptions.DEFAULT);
        if (first.hasErrors()) {
            System.err.println("render failed: " + first.problems());
            System.exit(1);
        }
        if (args.length > 5) {
            Files.writeString(Path.of(args[5]), first.output());
        }
        run(t, w, warmup);
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            rates[i] = run(t, w, roundSeconds);
            System.out.printf(Locale.ROOT, "round %d: %.0f renders/s%n", i + 1, rates[i]);
        }
        Arrays.sort(rates);
        double median = rounds % 2 == 1 ? rates[rounds / 2] : (rates[rounds / 2 - 1] + rates[rounds / 2]) / 2;
        System.out.printf(Locale.ROOT, "renders_per_second=%.1f%n", median);
    }

    private static double run(CompiledTemplate t, Workload w, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        long now;
        do {
            for (int i = 0; i < 16; i++) {
                sink += t.render(w.context(), RenderOptions.DEFAULT).output().length();
            }
            n += 16;
            now = System.nanoTime();
        } while (now - start < budget);
        if (sink == 42) {
            System.out.print("");
        }
        return n / ((now - start) / 1e9);
    }
}
