package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated regions: found between their marker lines, sealed with the hash of their text, told edited when changed. */
class GeneratedRegionsTest {
    private static final String TEXT = "intro\n<!-- modelcards:generated table -->\n| a | b |\n<!-- /modelcards:generated -->\nafter\n";

    @Test
    void sealingPutsTheHashOfTheRegionsTextInItsOpeningMarker() {
        String sealed = GeneratedRegions.seal(TEXT);

        assertThat(sealed).isEqualTo("intro\n<!-- modelcards:generated table " + GeneratedRegions.hash("| a | b |\n")
                + " -->\n| a | b |\n<!-- /modelcards:generated -->\nafter\n");
        assertThat(GeneratedRegions.seal(sealed)).isEqualTo(sealed);
    }

    @Test
    void aSealedRegionIsUntouchedAndAnEditedOneIsToldApart() {
        String sealed = GeneratedRegions.seal(TEXT);

        assertThat(GeneratedRegions.find(sealed)).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("table");
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.edited()).isFalse();
        });
        assertThat(GeneratedRegions.find(sealed.replace("| a |", "| x |"))).singleElement().satisfies(r -> assertThat(r.edited()).isTrue());
    }

    @Test
    void aRegionWithCrlfLineEndsHasTheHashOfItsLfText() {
        String crlf = GeneratedRegions.seal(TEXT).replace("\n", "\r\n");

        assertThat(GeneratedRegions.find(crlf)).singleElement().satisfies(r -> assertThat(r.edited()).isFalse());
    }

    @Test
    void anOpeningMarkerWithoutItsClosingLineIsNoRegion() {
        assertThat(GeneratedRegions.find("<!-- modelcards:generated table -->\n| a |\n")).isEmpty();
        assertThat(GeneratedRegions.find("<!-- modelcards:generated a -->\n<!-- modelcards:generated b -->\nx\n"
                + "<!-- /modelcards:generated -->\n")).extracting(GeneratedRegions.Region::name).isEqualTo(List.of("b"));
    }

    @Test
    void strippingLeavesTheTextAroundTheRegionsAndUnmarkingKeepsTheirContent() {
        assertThat(GeneratedRegions.strip(TEXT)).isEqualTo("intro\nafter\n");
        assertThat(GeneratedRegions.unmark(TEXT)).isEqualTo("intro\n| a | b |\nafter\n");
    }

    @Test
    void aHeadingInsideARegionStartsNoBlock() {
        String body = "## Kept\n\ntext\n<!-- modelcards:generated log -->\n#### Training Logs\n\nrows\n<!-- /modelcards:generated -->\n"
                + "## Next\n";

        assertThat(MarkdownBlocks.split(body, 1, GeneratedRegions.find(body))).extracting(MarkdownBlocks.Raw::heading)
                .containsExactly("Kept", "Next");
    }
}
