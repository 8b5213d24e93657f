package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.modelcards.diagnostic.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User templates cannot reach Java, files or the network, and cannot run away with time, memory or stack. */
class SandboxTest {
    private static final Duration SAFETY_NET = Duration.ofSeconds(20);
    /** What a Java class, package, lambda or object hash looks like in a message. */
    static final String JAVA_NAMES = "Exception|\\bjava\\.|io\\.modelcards|\\$\\$Lambda|\\$[A-Z]|@[0-9a-f]{6,}|\\bat [a-z]+\\.";
    private final JinjaEngine engine = JinjaEngine.create();

    private RenderResult render(String template, Map<String, ?> vars, RenderOptions options) {
        return assertTimeoutPreemptively(SAFETY_NET, () -> engine.render("user.j2", template, vars, options));
    }

    private static List<String> codes(RenderResult r) {
        return r.problems().stream().map(Diagnostic::code).toList();
    }

    @Test
    void javaMethodsOnStringsCannotBeCalled() {
        RenderResult r = render("{{ 'abc'.getClass() }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/forbidden");
        assertThat(r.output()).isEmpty();
    }

    @Test
    void javaMethodsOnCallerObjectsAreInvisible() {
        Map<String, Object> vars = Map.of("obj", new StringBuilder("secret"), "t", Thread.currentThread());
        RenderResult r = render("[{{ obj.length }}][{{ t.name }}][{{ obj.__class__ }}]", vars, RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.output()).isEqualTo("[][][]");
    }

    @Test
    void callingAJavaMethodOnCallerObjectsIsAnError() {
        RenderResult r = render("{{ t.interrupt() }}", Map.of("t", Thread.currentThread()), RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void includeIsForbidden() {
        RenderResult r = render("x\n{% include '/etc/passwd' %}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/forbidden");
        assertThat(r.problems().get(0).line()).isEqualTo(2);
        assertThat(r.output()).doesNotContain("root");
    }

    @Test
    void importAndExtendsAreForbidden() {
        assertThat(codes(render("{% import 'macros.j2' as m %}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/forbidden");
        assertThat(codes(render("{% from 'x' import y %}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/forbidden");
        assertThat(codes(render("{% extends 'base.html' %}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/forbidden");
    }

    @Test
    void outputBeyondTheLimitStopsTheRender() {
        RenderOptions small = new RenderOptions(false, 1000, Duration.ofSeconds(10));
        RenderResult r = render("{% for i in range(1000000) %}0123456789{% endfor %}", Map.of(), small);
        assertThat(codes(r)).containsExactly("template/output-limit");
        assertThat(r.output()).isEmpty();
    }

    @Test
    void aHugeStringRepetitionIsRefusedBeforeItIsBuilt() {
        RenderResult r = render("{{ 'x' * 10 ** 12 }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void aHugePowerIsRefused() {
        RenderResult r = render("{{ 2 ** 100000000 }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void aLoopOverAHugeRangeStopsAtTheTimeLimit() {
        RenderOptions quick = new RenderOptions(false, 10_000_000, Duration.ofMillis(300));
        RenderResult r = render("{% for i in range(10 ** 15) %}{% endfor %}", Map.of(), quick);
        assertThat(codes(r)).containsExactly("template/timeout");
        assertThat(r.problems().get(0).message()).contains("300 ms");
    }

    @Test
    void nestedLoopsWithoutOutputStopAtTheTimeLimit() {
        RenderOptions quick = new RenderOptions(false, 10_000_000, Duration.ofMillis(300));
        RenderResult r = render("{% for i in range(100000) %}{% for j in range(100000) %}{% set x = i * j %}{% endfor %}{% endfor %}",
                Map.of(), quick);
        assertThat(codes(r)).containsExactly("template/timeout");
    }

    @Test
    void buildingAHugeListIsRefused() {
        RenderResult r = render("{{ range(10 ** 12) | list | length }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void endlessMacroRecursionStopsWithARecursionError() {
        RenderResult r = render("{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/recursion");
    }

    @Test
    void endlessRecursiveLoopStopsWithARecursionError() {
        RenderResult r = render("{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/recursion");
    }

    @Test
    void deeplyNestedExpressionsAreASyntaxErrorNotACrash() {
        String deep = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        RenderResult r = render(deep, Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/syntax");
    }

    @Test
    void selfReferencingVariablesAreAnErrorNotACrash() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);
        RenderResult r = render("{{ x }}", Map.of("x", loop), RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void aTemplateCannotChangeTheCallersData() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> vars = Map.of("tags", tags);
        RenderResult changed = render("{% set _ = tags.append('b') %}{{ tags }}", vars, RenderOptions.DEFAULT);
        assertThat(codes(changed)).containsExactly("template/runtime");
        assertThat(changed.problems().get(0).message()).contains("read-only");
        assertThat(tags).containsExactly("a");
        RenderResult copied = render("{% set mine = tags | list %}{% set _ = mine.append('b') %}{{ mine }} {{ tags }}", vars,
                RenderOptions.DEFAULT);
        assertThat(copied.output()).isEqualTo("['a', 'b'] ['a']");
    }

    @Test
    void randomIsRefusedBecauseOutputMustBeDeterministic() {
        RenderResult r = render("{{ [1, 2, 3] | random }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/forbidden");
    }

    @Test
    void nullVariablesAndNullValuesNeverThrow() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("n", null);
        RenderResult r = engine.render("t", "{{ n }}{{ n.x }}{{ n | length }}", vars, RenderOptions.DEFAULT);
        assertThat(r.hasErrors()).isTrue();
        assertThat(engine.render("t", "ok", null, RenderOptions.DEFAULT).output()).isEqualTo("ok");
    }

    @Test
    void aWordwrapWithAHugeWrapStringIsRefusedBeforeItIsBuilt() {
        RenderResult r = render("{{ ('x ' * 2000000)|wordwrap(1, wrapstring='y' * 1000) }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void aStringDoubledInALoopIsRefusedAtTheLimit() {
        RenderResult r = render("{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
                + "{{ ns.s|length }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
        assertThat(r.problems().get(0).message()).contains("16777216 characters");
    }

    @Test
    void manyValuesKeptInAListRunOutOfTheGrowthBudget() {
        RenderResult r = render("{% set xs = [] %}{% for i in range(10**7) %}{% set _ = xs.append('x' * 1000) %}{% endfor %}",
                Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
        assertThat(r.problems().get(0).message()).contains("add up to more than 40000000 characters");
    }

    @Test
    void bigValuesHeldByRecursiveMacrosRunOutOfTheGrowthBudget() {
        RenderResult r = render("{% macro r(n) %}{% set s = 'x' * 9000000 %}{% if n < 90 %}{{ r(n + 1) }}{% endif %}"
                + "{{ s|length }}{% endmacro %}{{ r(0)|length }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void outputStillBeingCapturedCountsAgainstTheOutputLimit() {
        RenderOptions small = RenderOptions.DEFAULT.withMaxOutputChars(1000);
        RenderResult r = render("{% macro m() %}{{ 'x' * 600 }}{{ caller() }}{% endmacro %}{% call m() %}{{ 'y' * 600 }}"
                + "{% endcall %}", Map.of(), small);
        assertThat(codes(r)).containsExactly("template/output-limit");
    }

    @Test
    void paddingWidthsPastAnIntAreRefusedNotTruncated() {
        assertThat(codes(render("{{ 'x'|center(2**40) }}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/output-limit");
        assertThat(codes(render("{{ '%*s' % (2**40, 'x') }}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/output-limit");
        assertThat(codes(render("{{ 'x'.ljust(2**33) }}", Map.of(), RenderOptions.DEFAULT)))
                .containsExactly("template/output-limit");
    }

    @Test
    void aHugeFloatPrecisionIsRefusedBeforeItIsComputed() {
        assertThat(codes(render("{{ '%.999999999f' % 1.5 }}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/output-limit");
    }

    @Test
    void globalsAndTheirInstancesPrintAsJinja2WithAFixedAddress() {
        RenderResult r = render("{{ cycler }}|{{ cycler(1) }}|{{ joiner() }}|{{ lipsum }}|{{ 'a'.upper }}", Map.of(),
                RenderOptions.DEFAULT);
        assertThat(r.output()).isEqualTo("<class 'jinja2.utils.Cycler'>|<jinja2.utils.Cycler object at 0x7f0000000000>"
                + "|<jinja2.utils.Joiner object at 0x7f0000000000>|<function generate_lorem_ipsum at 0x7f0000000000>"
                + "|<built-in method upper of str object at 0x7f0000000000>");
    }

    @Test
    void lipsumIsRefusedBecauseOutputMustBeDeterministic() {
        assertThat(codes(render("{{ lipsum(2) }}", Map.of(), RenderOptions.DEFAULT))).containsExactly("template/forbidden");
    }

    @Test
    void objectsTheCallerPassesPrintWithoutTheirJavaName() {
        RenderResult r = render("{{ obj }}|{{ [obj] }}", Map.of("obj", new StringBuilder("secret")), RenderOptions.DEFAULT);
        assertThat(r.output()).isEqualTo("<object object at 0x7f0000000000>|[<object object at 0x7f0000000000>]");
    }

    @Test
    void noMessageNamesAJavaClass() {
        List<String> templates = List.of("{{ '%c' % 1114112 }}", "{{ '%c' % -1 }}", "{{ '{:c}'.format(-5) }}", "{{ '%c' % 'ab' }}",
                "{{ cycler|length }}", "{{ [cycler, joiner]|tojson }}", "{{ 'x'.foo() }}", "{{ cycler(1).nope() }}",
                "{{ range(3) + 1 }}", "{{ 'x' * 'y' }}", "{{ {}|sort(attribute='a') > 1 }}", "{{ 2 ** 20000 }}",
                "{{ '{:99999999999999999999}'.format(1) }}", "{{ none.x.y }}", "{{ obj.x.y }}", "{{ obj() }}");
        for (String t : templates) {
            RenderResult r = render(t, Map.of("obj", new StringBuilder()), RenderOptions.DEFAULT);
            assertThat(r.hasErrors()).as(t).isTrue();
            for (Diagnostic d : r.problems()) {
                assertThat(d.message()).as(t).doesNotContainPattern(JAVA_NAMES).doesNotContain("template/internal");
                assertThat(d.code()).as(t).isNotEqualTo("template/internal");
            }
        }
    }

    @Test
    void aRangeKnowsItsLengthItemsAndMembersWithoutCounting() {
        RenderResult r = render("{{ range(10**12)|length }}|{{ range(10**15)[-1] }}|{{ 5 in range(10**15) }}", Map.of(),
                RenderOptions.DEFAULT);
        assertThat(r.output()).isEqualTo("1000000000000|999999999999999|True");
    }

    @Test
    void integersPastPythonsDigitLimitAreRefusedAsPythonRefusesThem() {
        RenderResult r = render("{{ 2 ** 20000 }}", Map.of(), RenderOptions.DEFAULT);
        assertThat(codes(r)).containsExactly("template/runtime");
        assertThat(r.problems().get(0).message()).contains("4300 digits");
    }

    @Test
    void nonPositiveLimitsMeanTheDefaultsNotUnlimited() {
        RenderOptions odd = RenderOptions.DEFAULT.withMaxOutputChars(0).withTimeout(Duration.ZERO);
        RenderResult r = render("{{ 'x' * 20000000 }}", Map.of(), odd);
        assertThat(codes(r)).containsExactly("template/output-limit");
        assertThat(render("ok", Map.of(), null).output()).isEqualTo("ok");
    }
}
