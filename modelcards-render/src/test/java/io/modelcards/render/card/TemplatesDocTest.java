package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Golden;
import io.modelcards.testing.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/templates.md} documents exactly the variables a template sees, with their computed types and examples,
 * so that it cannot drift from {@link CardContext}.
 */
class TemplatesDocTest {
    private static final Path DOC = SourceTree.file("docs/templates.md");
    private static final String FIX = "regenerate the tables with `./mvnw -B -pl modelcards-render -am verify "
            + "-Dtest=TemplatesDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true`, then describe each "
            + "row marked '" + ContextDoc.TODO + "' and move it under its topic";

    /** The first name in each tag: a variable, or a keyword that {@link #KEYWORDS} leaves out. */
    private static final Pattern FIRST_NAME = Pattern.compile("\\{[{%]-?\\s*(?:if |elif |for \\w+ in )?(?:not )?([a-z_][a-z0-9_]*)");
    private static final Pattern LOOP = Pattern.compile("\\{%-?\\s*for (\\w+) in ");
    private static final Set<String> KEYWORDS = Set.of("else", "endif", "endfor");

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    private static Set<String> documented(String doc) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : doc.split("\n")) {
            Matcher m = ContextDoc.ROW.matcher(line);
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void theDocumentedVariablesAreExactlyTheOnesATemplateSees() throws IOException {
        assertThat(documented(doc())).as("variables in docs/templates.md; " + FIX)
                .containsExactlyInAnyOrderElementsOf(ContextDoc.ofFixtures().names());
    }

    @Test
    void everyDocumentedTypeAndExampleIsTheOneTheContextGives() throws IOException {
        Golden.assertMatches(DOC, ContextDoc.ofFixtures().regenerate(doc()));
    }

    @Test
    void everyDocumentedVariableIsDescribed() throws IOException {
        assertThat(doc()).as("docs/templates.md; " + FIX).doesNotContain(ContextDoc.TODO);
    }

    @Test
    void everyVariableOfTheBuiltinTemplatesIsDocumented() throws IOException {
        Set<String> documented = documented(doc());
        for (BuiltinTemplate t : BuiltinTemplate.values()) {
            String source = BuiltinTemplates.source(t);
            Set<String> loopVariables = new LinkedHashSet<>();
            Matcher loops = LOOP.matcher(source);
            while (loops.find()) {
                loopVariables.add(loops.group(1));
            }
            Matcher m = FIRST_NAME.matcher(source);
            while (m.find()) {
                if (!KEYWORDS.contains(m.group(1)) && !loopVariables.contains(m.group(1))) {
                    assertThat(documented).as("a variable of the built-in " + t.id() + "; " + FIX).contains(m.group(1));
                }
            }
        }
    }
}
