package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed README is refused with exactly the expected first diagnostic, and never with another exception. */
class ReadmeBadInputTest {

    static List<Path> corpus() {
        return Fixtures.readmes("bad", ".md");
    }

    @Test
    void theBadCorpusHoldsAtLeastTwentyFiles() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedReadmeGivesItsExpectedFirstDiagnostic(Path file) {
        String name = file.getFileName().toString();
        String expected = Fixtures.read(file.resolveSibling(name.replaceFirst("\\.md$", ".expected"))).strip();
        Throwable t = catchThrowable(() -> ReadmeCodec.parse(Fixtures.read(file), name, false));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) t).problems().get(0).format()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedReadmeIsAlsoRefusedUnderLenientReadingUnlessOnlyItsModelIndexIsBad(Path file) {
        String name = file.getFileName().toString();
        Throwable t = catchThrowable(() -> ReadmeCodec.parse(Fixtures.read(file), name, true));
        if (Fixtures.read(file.resolveSibling(name.replaceFirst("\\.md$", ".expected"))).contains("[hf/model-index-")) {
            assertThat(t).isNull();
        } else {
            assertThat(t).isInstanceOf(InvalidInputException.class);
        }
    }
}
