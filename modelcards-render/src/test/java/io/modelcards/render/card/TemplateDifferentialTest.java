package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.render.jinja.JinjaEngine;
import io.modelcards.render.jinja.RenderOptions;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in template with every example card, rendered by Python's Jinja2 (one python3 process for all cases)
 * and by {@link JinjaEngine}: the outputs must be byte-identical. Python also renders each case with
 * {@code StrictUndefined}, which proves the built-ins read no variable the context lacks.
 */
class TemplateDifferentialTest {
    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> builtinTemplatesRenderAsInPythonJinja2() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        List<Map<String, Object>> manifest = new ArrayList<>();
        Map<String, Map<String, Object>> contexts = new LinkedHashMap<>();
        for (BuiltinTemplate t : BuiltinTemplate.values()) {
            Files.writeString(work.resolve(t.id() + ".j2"), BuiltinTemplates.source(t), StandardCharsets.UTF_8);
        }
        for (String card : Fixtures.cardNames()) {
            Map<String, Object> ctx = CardContext.of(Fixtures.card(card));
            contexts.put(card, ctx);
            plain.writeValue(work.resolve(card + ".context.json").toFile(), ctx);
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                for (boolean strict : new boolean[] {false, true}) {
                    manifest.add(Map.of("template", work.resolve(t.id() + ".j2").toString(),
                            "context", work.resolve(card + ".context.json").toString(),
                            "output", work.resolve(card + "." + t.id() + (strict ? ".strict" : "") + ".py.md").toString(),
                            "strict", strict));
                }
            }
        }
        plain.writeValue(work.resolve("manifest.json").toFile(), manifest);
        runPython(work.resolve("manifest.json"));

        JinjaEngine engine = JinjaEngine.create();
        List<DynamicTest> tests = new ArrayList<>();
        for (String card : Fixtures.cardNames()) {
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                Path expected = work.resolve(card + "." + t.id() + ".py.md");
                Path strict = work.resolve(card + "." + t.id() + ".strict.py.md");
                tests.add(DynamicTest.dynamicTest(t.id() + " × " + card + " reads only defined variables", () ->
                        assertThat(Files.readString(strict, StandardCharsets.UTF_8))
                                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8))));
                tests.add(DynamicTest.dynamicTest(t.id() + " × " + card, () -> {
                    String python = Files.readString(expected, StandardCharsets.UTF_8);
                    var java = engine.render(t.id(), BuiltinTemplates.source(t), contexts.get(card), RenderOptions.DEFAULT);
                    assertThat(python).as("Python Jinja2 rendered without error").doesNotStartWith("JINJA2-ERROR");
                    assertThat(java.problems()).as("modelcards problems").isEmpty();
                    assertThat(java.output()).as("modelcards output vs Python Jinja2 output").isEqualTo(python);
                }));
            }
        }
        return tests;
    }

    private static void runPython(Path manifest) throws IOException, InterruptedException {
        Path script = Path.of("src", "test", "resources", "differential", "render_jinja2.py");
        Process p = new ProcessBuilder("python3", script.toString(), manifest.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        assertThat(p.exitValue()).as("python3 exit code; output:\n%s", log).isZero();
    }
}
