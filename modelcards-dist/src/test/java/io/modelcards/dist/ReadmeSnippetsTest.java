package io.modelcards.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java and XML snippets are copies of marked regions of {@code examples/java-quickstart}, which CI
 * compiles and runs; these tests fail when a copy drifts from its source, or when a snippet has no source.
 */
class ReadmeSnippetsTest {
    /** The project root: the tests run in modelcards-dist. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");
    private static final Pattern FENCE = Pattern.compile("```(java|xml)");

    @Test
    void everyJavaAndXmlSnippetInTheReadmeNamesTheExampleItIsTakenFrom() throws IOException {
        List<String> readme = readme();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (FENCE.matcher(readme.get(i)).matches() && (i == 0 || !MARKER.matcher(readme.get(i - 1)).matches())) {
                unmarked.add("README.md:" + (i + 1) + ": " + readme.get(i));
            }
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void everyMarkedSnippetEqualsItsRegionInTheExampleSources() throws IOException {
        List<String> readme = readme();
        int checked = 0;
        for (int i = 0; i < readme.size(); i++) {
            Matcher marker = MARKER.matcher(readme.get(i));
            if (!marker.matches()) {
                continue;
            }
            int end = readme.subList(i + 2, readme.size()).indexOf("```") + i + 2;
            String block = String.join("\n", readme.subList(i + 2, end));
            assertThat(block).as("README.md:%d, taken from %s", i + 1, marker.group(0))
                    .isEqualTo(region(ROOT.resolve(marker.group(1)), marker.group(2)));
            checked++;
        }
        // The BOM import, the plain-Java loop and the Tribuo lines: the markers were not lost.
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRegionIsTheLinesBetweenItsTagsWithoutTheirCommonIndent(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("A.java");
        Files.writeString(source, "class A {\n    // tag::x[]\n    int a;\n      int b;\n    // end::x[]\n}\n");

        assertThat(region(source, "x")).isEqualTo("int a;\n  int b;");
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md"));
    }

    /** Returns the lines between {@code tag::NAME[]} and {@code end::NAME[]} (Java or XML comments), dedented. */
    static String region(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOfTag(lines, "tag::" + name + "[]");
        int end = indexOfTag(lines, "end::" + name + "[]");
        assertThat(start).as("tag::%s[] in %s", name, source).isNotNegative();
        assertThat(end).as("end::%s[] in %s", name, source).isGreaterThan(start);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    private static int indexOfTag(List<String> lines, String tag) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("// " + tag) || line.equals("<!-- " + tag + " -->")) {
                return i;
            }
        }
        return -1;
    }
}
