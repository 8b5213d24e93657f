package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems carry severity, template name, line, column, rule code and a message that says what to do. */
class ProblemsTest {
    private final JinjaEngine engine = JinjaEngine.create();

    private RenderResult render(String template, Map<String, ?> vars, RenderOptions options) {
        return engine.render("card.md.j2", template, vars, options);
    }

    @Test
    void aSyntaxErrorIsAnErrorAtItsLineAndColumn() {
        RenderResult r = render("line one\nline two\n{{ 1 + }}\n", Map.of(), RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isTrue();
        Diagnostic d = r.problems().get(0);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.file()).isEqualTo("card.md.j2");
        assertThat(d.code()).isEqualTo("template/syntax");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(8);
        assertThat(r.output()).isEmpty();
    }

    @Test
    void anUnclosedBlockNamesTheTagToClose() {
        RenderResult r = render("{% for x in xs %}\n{{ x }}\n", Map.of("xs", List.of(1)), RenderOptions.DEFAULT);
        assertThat(r.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("template/syntax");
            assertThat(d.message()).contains("endfor").contains("'for'");
        });
    }

    @Test
    void anUnknownFilterIsASyntaxErrorThatNamesIt() {
        RenderResult r = render("ok\n{{ x | shout }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(r.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("template/syntax");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).contains("shout");
        });
    }

    @Test
    void strictModeMakesAnUndefinedVariableAnErrorAtItsLine() {
        RenderResult r = render("# Card\n\nBy {{ author }}\n", Map.of(), RenderOptions.DEFAULT.withStrict(true));
        assertThat(r.hasErrors()).isTrue();
        Diagnostic d = r.problems().get(0);
        assertThat(d.code()).isEqualTo("template/undefined");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(7);
        assertThat(d.message()).contains("'author' is undefined").contains("default");
    }

    @Test
    void strictModeStillAllowsDefaultAndIsDefined() {
        RenderResult r = render("{{ a | default('x') }}{% if b is defined %}b{% endif %}", Map.of(),
                RenderOptions.DEFAULT.withStrict(true));
        assertThat(r.problems()).isEmpty();
        assertThat(r.output()).isEqualTo("x");
    }

    @Test
    void strictModeFailsOnAnUndefinedTruthTest() {
        RenderResult r = render("{% if missing %}x{% endif %}", Map.of(), RenderOptions.DEFAULT.withStrict(true));
        assertThat(r.problems()).extracting(Diagnostic::code).containsExactly("template/undefined");
    }

    @Test
    void lenientModeWarnsOncePerPrintedUndefinedVariable() {
        RenderResult r = render("{{ who }} and\n{{ who }} {{ 'x' }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.output()).isEqualTo(" and\n x");
        assertThat(r.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("template/undefined");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("'who'");
        });
    }

    @Test
    void readingAnAttributeOfAnUndefinedValueIsAnErrorAsInJinja2() {
        RenderResult r = render("\n{{ card.name }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(r.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("template/undefined");
            assertThat(d.line()).isEqualTo(2);
        });
    }

    @Test
    void aTypeErrorIsARuntimeErrorWithItsLine() {
        RenderResult r = render("a\nb\n{{ 1 + 'x' }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(r.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("template/runtime");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("unsupported operand");
        });
    }

    @Test
    void anErrorInsideALoopBodyPointsAtTheLineInside() {
        RenderResult r = render("{% for x in xs %}\n\n{{ x / 0 }}\n{% endfor %}", Map.of("xs", List.of(1)),
                RenderOptions.DEFAULT);
        assertThat(r.problems()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(3));
    }
}
