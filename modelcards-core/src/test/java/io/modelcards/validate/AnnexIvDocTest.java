package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.testing.SourceTree;
import io.modelcards.validate.AnnexIvPoint.Requirement;
import io.modelcards.validate.AnnexIvPoint.Source;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code docs/annex-iv.md} shows the pack's mapping as the code holds it. */
class AnnexIvDocTest {
    private static final String BEGIN = "<!-- annex-iv table: generated from AnnexIv.POINTS by AnnexIvDocTest -->\n";
    private static final String END = "<!-- /annex-iv table -->\n";

    /** The mapping as a Markdown table. */
    static String table() {
        StringBuilder sb = new StringBuilder("| point | what the regulation asks (our words) | what covers it |\n|---|---|---|\n");
        for (AnnexIvPoint p : AnnexIv.POINTS) {
            sb.append("| ").append(p.label()).append(" ").append(p.title()).append(" | ").append(p.text()).append(" | ")
                    .append(p.requirements().stream().map(AnnexIvDocTest::cell).collect(Collectors.joining("; "))).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(Requirement r) {
        return r.what() + ": " + r.sources().stream().map(s -> s instanceof Source.Field f ? "`" + f.pointer() + "`"
                : s instanceof Source.SlicedResults ? "a result of `" + Source.SlicedResults.POINTER + "` with a slice"
                : "the registry's " + (((Source.Registry) s).kind() == RegistryEvidence.Kind.REVIEWS
                        ? "review records" : "version history and audit chain"))
                .collect(Collectors.joining(" or "));
    }

    @Test
    void theDocumentShowsTheMappingTheCodeHolds() throws Exception {
        String doc = Files.readString(SourceTree.file("docs/annex-iv.md"));
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("docs/annex-iv.md has the table markers").isNotNegative();
        assertThat(doc.substring(from + BEGIN.length(), to)).isEqualTo(table());
    }

    @Test
    void theDocumentSaysItIsNotLegalAdvice() throws Exception {
        assertThat(Files.readString(SourceTree.file("docs/annex-iv.md"))).contains("not legal advice");
    }
}
