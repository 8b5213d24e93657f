package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Jinjava fallback path, run over the differential cases it is known to render exactly as Jinja2
 * (listed in jinja/jinjava-path.txt), so the fallback cannot silently drift.
 */
class JinjavaPathTest {
    @TestFactory
    Stream<DynamicTest> listedCasesRenderThroughJinjavaAsJinja2Does() throws Exception {
        Set<String> listed = DiffCase.resource("jinja/jinjava-path.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toSet());
        List<DiffCase> all = JinjaDifferentialTest.allCases();
        assertThat(all.stream().map(DiffCase::name).collect(Collectors.toSet())).containsAll(listed);
        Map<String, Jinja2Oracle.Outcome> expected = Jinja2Oracle.renderCached(all);
        JinjaEngine engine = JinjaEngine.create();
        return all.stream().filter(c -> listed.contains(c.name())).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Jinja2Oracle.Outcome want = expected.get(c.name());
            RenderResult got = engine.renderWithJinjava(c.name(), c.template(), c.context(), RenderOptions.DEFAULT);
            if (want.error() != null) {
                assertThat(got.hasErrors()).as("Jinja2 failed with " + want.error()).isTrue();
            } else {
                assertThat(got.hasErrors()).as("problems: " + got.problems()).isFalse();
                assertThat(got.output()).isEqualTo(want.output());
            }
        }));
    }
}
