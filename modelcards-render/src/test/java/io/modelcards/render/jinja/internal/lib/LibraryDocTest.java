package io.modelcards.render.jinja.internal.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The library's tables are Jinja2's, and {@code docs/jinja-engine.md} lists them as the tables describe them: its
 * section between the two marker lines is generated from {@link FilterTable}, {@link TestTable} and {@link Globals}
 * ({@code -Dgolden.update=true} rewrites it).
 */
class LibraryDocTest {
    static final Path DOC = Path.of("../docs/jinja-engine.md");
    static final String BEGIN = "<!-- generated from FilterTable, TestTable and Globals by LibraryDocTest; do not edit by hand -->";
    static final String END = "<!-- end of the generated list -->";
    static final String REGENERATE = "./mvnw -B -pl modelcards-render -am verify -Dtest=LibraryDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";

    /** The generated section, markers included. */
    static String section() {
        StringBuilder sb = new StringBuilder(BEGIN).append("\n\n### Filters\n\n| filter | what it gives |\n|---|---|\n");
        for (FilterTable.Filter f : FilterTable.all()) {
            sb.append("| `").append(f.name()).append("` | ").append(f.description()).append(" |\n");
        }
        sb.append("\n### Tests\n\n| test | true when |\n|---|---|\n");
        for (TestTable.Test t : TestTable.all()) {
            sb.append("| `").append(t.name()).append("` | ").append(t.description()).append(" |\n");
        }
        sb.append("\n### Globals\n\n| global | what it is |\n|---|---|\n");
        for (Globals.Global g : Globals.all()) {
            sb.append("| `").append(g.name()).append("` | ").append(g.description()).append(" |\n");
        }
        return sb.append('\n').append(END).toString();
    }

    @Test
    void theDocListsEveryFilterTestAndGlobalAsTheTablesDescribeThem() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/jinja-engine.md has the marker line %s", BEGIN).isNotNegative();
        assertThat(end).as("docs/jinja-engine.md has the marker line %s", END).isGreaterThan(begin);
        String current = doc.substring(begin, end + END.length());
        if (Boolean.getBoolean("golden.update") && !current.equals(section())) {
            Files.writeString(DOC, doc.substring(0, begin) + section() + doc.substring(end + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("docs/jinja-engine.md's list of filters, tests and globals differs from the tables;"
                + " regenerate it with: " + REGENERATE).isEqualTo(section());
    }

    @Test
    void everyDescriptionIsOneLineThatATableCellCanHold() {
        List<String> descriptions = new ArrayList<>();
        FilterTable.all().forEach(f -> descriptions.add(f.description()));
        TestTable.all().forEach(t -> descriptions.add(t.description()));
        Globals.all().forEach(g -> descriptions.add(g.description()));
        assertThat(descriptions).allSatisfy(d -> assertThat(d).isNotBlank().doesNotContain("\n").doesNotContain("|"));
    }

    @Test
    void theTablesHoldExactlyJinja2sFiltersTestsAndGlobals() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import jinja2.defaults as d; print(' '.join(sorted(d.DEFAULT_FILTERS)));"
                + " print(' '.join(sorted(d.DEFAULT_TESTS))); print(' '.join(sorted(d.DEFAULT_NAMESPACE)))")
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("python3 with Jinja2: %s", lines).isTrue();
        assertThat(FilterTable.all()).extracting(FilterTable.Filter::name).containsExactlyInAnyOrder(lines.get(0).split(" "));
        assertThat(TestTable.all()).extracting(TestTable.Test::name).containsExactlyInAnyOrder(lines.get(1).split(" "));
        // self is a name every Jinja2 template has, not one of the environment's globals
        assertThat(Globals.all()).extracting(Globals.Global::name).filteredOn(n -> !n.equals("self"))
                .containsExactlyInAnyOrder(lines.get(2).split(" "));
    }
}
