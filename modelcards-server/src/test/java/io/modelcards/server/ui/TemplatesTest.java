package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The templates' escaping rules, checked on their source: JTE escapes everything unless told otherwise. */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void onlyTheCardPageWritesUnescapedHtmlAndOnlyTheSanitizedCard() throws IOException {
        List<String> unsafe = grep("$unsafe{");
        assertThat(unsafe).containsExactly("card.jte: $unsafe{view.cardHtml()}");
    }

    @Test
    void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
        assertThat(grep("<script")).isEmpty();
        assertThat(grep("<style")).isEmpty();
        assertThat(grep(" style=")).isEmpty();
        assertThat(grep(" on")).filteredOn(l -> l.matches(".* on[a-z]+=.*")).isEmpty();
    }

    private static List<String> grep(String needle) throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.sorted().flatMap(f -> lines(f).stream().filter(l -> l.contains(needle))
                    .map(l -> f.getFileName() + ": " + l.strip())).toList();
        }
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
