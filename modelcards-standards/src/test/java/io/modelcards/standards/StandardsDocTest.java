package io.modelcards.standards;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/standards.md} shows each registered exporter's mapping table exactly as {@link Exporter#mapping()} gives
 * it, between the markers {@code <!-- mapping:ID -->} and {@code <!-- /mapping:ID -->}. With the golden update switch
 * ({@code -Dgolden.update=true}) the tables are rewritten in place, and a section is added for an exporter that has none.
 */
class StandardsDocTest {
    static final Path DOC = Path.of("..", "docs", "standards.md");

    static List<Exporter> registered() {
        List<Exporter> out = new ArrayList<>();
        for (Standard s : Standard.values()) {
            try {
                out.add(Standards.exporter(s));
            } catch (IllegalStateException e) {
                // Not registered (yet): a format another part of the build adds.
            }
        }
        return out;
    }

    /** The Markdown table of {@code rows}: card field, format field (or "not carried"), note. */
    static String table(List<MappingRow> rows) {
        StringBuilder sb = new StringBuilder("| Card field | Format field | Note |\n|---|---|---|\n");
        for (MappingRow r : rows) {
            sb.append("| `").append(cell(r.cardField())).append("` | ")
                    .append(r.formatField() == null ? "not carried" : "`" + cell(r.formatField()) + "`").append(" | ")
                    .append(cell(r.note())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    static String withTables(String doc) {
        String out = doc;
        for (Exporter e : registered()) {
            String id = e.standard().id();
            String open = "<!-- mapping:" + id + " -->\n";
            String close = "<!-- /mapping:" + id + " -->";
            Matcher m = Pattern.compile(Pattern.quote(open) + "(?s).*?" + Pattern.quote(close)).matcher(out);
            String block = open + table(e.mapping()) + close;
            out = m.find() ? out.substring(0, m.start()) + block + out.substring(m.end())
                    : out + "\n## " + id + "\n\n" + block + "\n";
        }
        return out;
    }

    @Test
    void everyRegisteredExportersMappingIsTheTableInTheDocs() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Golden.assertMatches(DOC, withTables(doc));
    }

    @Test
    void bothOfThisModulesFormatsAreRegistered() {
        assertThat(registered()).extracting(Exporter::standard).contains(Standard.MCT, Standard.SAGEMAKER);
    }

    @Test
    void aPipeInACellIsEscapedSoTheTableKeepsItsColumns() {
        assertThat(table(List.of(new MappingRow("/a", null, "x | y")))).endsWith("| `/a` | not carried | x \\| y |\n");
    }
}
