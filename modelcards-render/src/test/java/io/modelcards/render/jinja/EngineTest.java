package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine API: compiled handles, caching, determinism, thread safety. */
class EngineTest {
    private final JinjaEngine engine = JinjaEngine.create();

    @Test
    void compilingTheSameSourceTwiceReturnsTheCachedHandle() {
        CompiledTemplate a = engine.compile("t", "Hello {{ name }}");
        assertThat(engine.compile("t", "Hello {{ name }}")).isSameAs(a);
        assertThat(engine.compile("t", "Hi {{ name }}")).isNotSameAs(a);
    }

    @Test
    void aCompiledHandleRendersManyContexts() {
        CompiledTemplate t = engine.compile("t", "{{ xs | join(', ') }}");
        assertThat(t.render(Map.of("xs", List.of(1, 2)), RenderOptions.DEFAULT).output()).isEqualTo("1, 2");
        assertThat(t.render(Map.of("xs", List.of("a")), RenderOptions.DEFAULT).output()).isEqualTo("a");
        assertThat(t.isCompiled()).isTrue();
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        String template = DiffCase.resource("templates/sentence_transformers_model_card_template.md");
        DiffCase c = DiffCase.read("jinja/cards.cases").stream()
                .filter(x -> x.name().equals("sentence-transformers-template-full-context")).findFirst().orElseThrow();
        String first = engine.render("st", template, c.context(), RenderOptions.DEFAULT).output();
        String second = JinjaEngine.create().render("st", template, c.context(), RenderOptions.DEFAULT).output();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void javaNumberTypesPrintAsPythonNumbers() {
        Map<String, Object> vars = Map.of("i", 3, "f", 0.5f, "big", new BigDecimal("2E-5"), "l", 7L);
        assertThat(engine.render("t", "{{ i }} {{ f }} {{ big }} {{ l / 2 }}", vars, RenderOptions.DEFAULT).output())
                .isEqualTo("3 0.5 2e-05 3.5");
    }

    @Test
    void urlizeIsRenderedByTheCompiledEvaluator() {
        CompiledTemplate t = engine.compile("t", "{{ 'see https://example.org now' | urlize }}");
        assertThat(t.isCompiled()).isTrue();
        RenderResult r = t.render(Map.of(), RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).as("problems: " + r.problems()).isFalse();
        assertThat(r.output()).isEqualTo("see <a href=\"https://example.org\" rel=\"noopener\">https://example.org</a> now");
    }

    @Test
    void aTemplateThatDoesNotParseIsNotCompiled() {
        assertThat(engine.compile("t", "{{ 1 + }}").isCompiled()).isFalse();
    }

    @Test
    void immutableJdkCollectionsAreReadSafely() {
        Map<String, Object> vars = Map.of("d", Map.of("a", 1), "xs", List.of("x", "y"));
        RenderResult r = engine.render("t", "[{{ d[none] }}][{{ none in d }}][{{ none in xs }}][{{ d.a }}][{{ xs|join }}]", vars,
                RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).as("problems: " + r.problems()).isFalse();
        assertThat(r.output()).isEqualTo("[][False][False][1][xy]");
    }

    @Test
    void oneCompiledTemplateRendersConcurrentlyWithIdenticalResults() throws Exception {
        DiffCase c = DiffCase.read("jinja/cards.cases").stream()
                .filter(x -> x.name().equals("sentence-transformers-template-full-context")).findFirst().orElseThrow();
        CompiledTemplate t = engine.compile("st", c.template());
        String expected = t.render(c.context(), RenderOptions.DEFAULT).output();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> t.render(c.context(), RenderOptions.DEFAULT).output()));
            }
            for (var f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
