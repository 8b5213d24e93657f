package io.modelcards.render.jinja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.modelcards.diagnostic.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Render never throws: thousands of mangled templates (cut, spliced, with stray tag characters) all come back as results. */
class MangledTemplatesTest {
    private static final String[] NOISE = {"{{", "}}", "{%", "%}", "{#", "#}", "-", "(", ")", "[", "]", "|", "'", "\"",
        "\\", ".", ",", ":", "=", " if ", " for ", " endfor ", " in ", "**", "%", "~", "{", "}", "\n", "\r\n", "\u0000", "é"};

    @Test
    void mangledTemplatesNeverThrowAndErrorsAreLocated() {
        List<DiffCase> cases = JinjaDifferentialTest.allCases();
        JinjaEngine engine = JinjaEngine.create();
        Random random = new Random(Long.getLong("fuzz.seed", 20261123L));
        RenderOptions options = RenderOptions.DEFAULT.withTimeout(Duration.ofMillis(500)).withMaxOutputChars(200_000);
        int errors = 0;
        for (int i = 0; i < 3000; i++) {
            final int n = i;
            DiffCase c = cases.get(random.nextInt(cases.size()));
            String mangled = mangle(c.template(), random);
            RenderResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> engine.render("fuzz-" + n, mangled, c.context(), options), () -> "template: " + mangled);
            assertThat(r).isNotNull();
            for (var p : r.problems()) {
                assertThat(p.code()).as("%s on template:\n%s", p, mangled).startsWith("template/").isNotEqualTo("template/internal");
                assertThat(p.message()).isNotBlank().doesNotContainPattern(SandboxTest.JAVA_NAMES);
                if (p.severity() == Severity.ERROR) {
                    errors++;
                    assertThat(r.output()).isEmpty();
                }
            }
        }
        assertThat(errors).as("the mangling must actually break templates").isGreaterThan(300);
    }

    private static String mangle(String t, Random random) {
        StringBuilder sb = new StringBuilder(t);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(pos, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> sb.delete(pos, Math.min(sb.length(), pos + 1 + random.nextInt(6)));
                default -> sb.setLength(Math.min(sb.length(), pos));
            }
        }
        return sb.toString();
    }
}
