package io.modelcards.bench;

import io.modelcards.render.jinja.CompiledTemplate;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the render path: a compiled template rendered with a realistic context (single thread).
 * The template and context files come from system properties {@code bench.dir} (default: the render module's
 * test resources).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    @Param({"hf_default", "sentence_transformers"})
    public String template;

    private CompiledTemplate compiled;
    private Workload workload;

    @Setup
    public void setup() throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", "modelcards-render/src/test/resources"));
        workload = switch (template) {
            case "hf_default" -> Workload.read(template, dir.resolve("templates/hf_modelcard_template.md"),
                    dir.resolve("contexts/hf_full.json"));
            default -> Workload.read(template, dir.resolve("templates/sentence_transformers_model_card_template.md"),
                    dir.resolve("contexts/st_full.json"));
        };
        compiled = JinjaEngine.create().compile(template, workload.template());
    }

    @Benchmark
    public String renderCompiled() {
        return compiled.render(workload.context(), RenderOptions.DEFAULT).output();
    }

    @Benchmark
    public String renderThroughEngine() {
        return JinjaEngineHolder.ENGINE.render(template, workload.template(), workload.context(), RenderOptions.DEFAULT).output();
    }

    /** One engine for the whole run, as an application would keep it. */
    static final class JinjaEngineHolder {
        static final JinjaEngine ENGINE = JinjaEngine.create();

        private JinjaEngineHolder() {
        }
    }
}
