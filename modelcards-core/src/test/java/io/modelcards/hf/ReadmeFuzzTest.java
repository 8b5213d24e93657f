package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of the round-trip corpus: every mutant is either refused with {@link InvalidInputException} or read,
 * and a mutant that is read writes back to exactly its own bytes.
 */
class ReadmeFuzzTest {
    private static final String[] INSERTS = {"\n", "\r\n", "---\n", "#", "## Uses\n", "```\n", "<!--", "-->", ":", "- ", "  ", "\t",
        "'", "\"", "[", "]", "{", "}", "&a ", "*a", "? ", "!!str ", "\uFEFF", "🤗", "\u0000", "\u2028", "|\n", ">\n", "null", "no"};

    @Test
    void everyMutantIsEitherRefusedCleanlyOrWrittenBackByteForByte() {
        List<Path> corpus = Fixtures.readmes("roundtrip", ".md");
        Random r = new Random(7);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            String text = mutate(Fixtures.read(corpus.get(r.nextInt(corpus.size()))), r);
            try {
                ModelCard c = ReadmeCodec.parse(text, "fuzz.md", r.nextBoolean()).card();
                assertThat(ReadmeCodec.write(c)).as("mutant %d:\n%s", i, text).isEqualTo(text);
                read++;
            } catch (InvalidInputException e) {
                assertThat(e.problems()).isNotEmpty().noneMatch(d -> d.code().equals("hf/unreadable"));
                refused++;
            }
        }
        assertThat(read).isGreaterThan(1000);
        assertThat(refused).isGreaterThan(100);
    }

    private static String mutate(String text, Random r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(8)));
                default -> sb.setLength(at);
            }
        }
        // Never split a surrogate pair: the codec reads text, and invalid UTF-16 cannot come from a decoded file.
        return new String(sb.toString().codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF).toArray(), 0,
                (int) sb.toString().codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF).count());
    }
}
