package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case renders byte for byte as Python's Jinja2 renders it (or fails where Jinja2 fails). */
class JinjaDifferentialTest {
    static final List<String> FILES = List.of("jinja/basics.cases", "jinja/expressions.cases", "jinja/strings.cases",
            "jinja/filters.cases", "jinja/statements.cases", "jinja/cards.cases", "jinja/edge.cases", "jinja/more.cases",
            "jinja/urlize.cases", "jinja/values.cases");

    static List<DiffCase> allCases() {
        List<DiffCase> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(DiffCase.read(f));
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseRendersAsJinja2Does() throws Exception {
        List<DiffCase> cases = allCases();
        Map<String, Jinja2Oracle.Outcome> expected = Jinja2Oracle.renderCached(cases);
        JinjaEngine engine = JinjaEngine.create();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Jinja2Oracle.Outcome want = expected.get(c.name());
            assertThat(want).as("Jinja2 result for " + c.name()).isNotNull();
            RenderResult got = engine.render(c.name(), c.template(), c.context(), RenderOptions.DEFAULT);
            if (want.error() != null) {
                assertThat(got.hasErrors()).as("Jinja2 failed with " + want.error() + " so modelcards must report an error;"
                        + " got output " + got.output()).isTrue();
            } else {
                assertThat(got.problems()).as("problems").noneMatch(p -> p.severity() == Severity.ERROR);
                assertThat(got.output()).isEqualTo(want.output());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSuiteHasEnoughDistinctCases() {
        List<DiffCase> cases = allCases();
        return Stream.of(DynamicTest.dynamicTest("at least 180 uniquely named cases", () -> {
            assertThat(cases).hasSizeGreaterThanOrEqualTo(180);
            assertThat(cases.stream().map(DiffCase::name).distinct().count()).isEqualTo(cases.size());
        }));
    }
}
