package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import org.junit.jupiter.api.Test;

/** A merge's README: the kept layout byte for byte, each generated region from the fresh rendering. */
class GeneratedReadmeSpliceTest {
    private static final ModelCard CARD = ModelCard.empty();

    private static String region(String name, String text) {
        return GeneratedRegions.seal("<!-- modelcards:generated " + name + " -->\n" + text + "<!-- /modelcards:generated -->\n");
    }

    /** The spliced README without its card comment line, which {@link GeneratedReadme#finish} writes. */
    private static String splice(String layout, String fresh) throws Exception {
        String out = GeneratedReadme.splice(layout, fresh, CARD);
        CardComment.Found c = CardComment.find(out);
        assertThat(c).as("the card comment").isNotNull();
        return out.substring(0, c.start());
    }

    @Test
    void aRegionIsReplacedByTheFreshOneOfItsNameAndEverythingElseIsKept() throws Exception {
        String layout = "---\nlicense: mit\n---\n# Kept title\n\nA person's words.\n\n" + region("table", "| a | 1 |\n")
                + "\nMore words.\n";
        String fresh = "---\nlicense: other\n---\n# Fresh title\n\n" + region("table", "| a | 2 |\n");

        assertThat(splice(layout, fresh)).isEqualTo("---\nlicense: mit\n---\n# Kept title\n\nA person's words.\n\n"
                + region("table", "| a | 2 |\n") + "\nMore words.\n\n");
    }

    @Test
    void aRegionTheFreshRenderingLacksIsRemovedWithItsBlankLine() throws Exception {
        String layout = "# T\n\nwords\n\n" + region("table", "| a |\n") + "\n## Next\n";

        assertThat(splice(layout, "# T\n")).isEqualTo("# T\n\nwords\n\n## Next\n\n");
    }

    @Test
    void aNewRegionGoesAtTheEndOfTheSectionOfTheNearestHeadingBeforeIt() throws Exception {
        String layout = "# T\n\n## Training\n\nPerson's text.\n\n## Evaluation\n\nMore.\n";
        String fresh = "# T\n\n## Training\n\nTemplate text.\n\n" + region("log", "rows\n") + "\n## Evaluation\n";

        assertThat(splice(layout, fresh)).isEqualTo("# T\n\n## Training\n\nPerson's text.\n\n" + region("log", "rows\n")
                + "\n## Evaluation\n\nMore.\n\n");
    }

    @Test
    void aNewRegionRightAfterAKeptRegionFollowsIt() throws Exception {
        String layout = "# T\n\n" + region("a", "old\n") + "\n## Next\n";
        String fresh = "# T\n\n" + region("a", "new\n") + "\n" + region("b", "added\n") + "\n## Next\n";

        assertThat(splice(layout, fresh)).isEqualTo("# T\n\n" + region("a", "new\n") + "\n" + region("b", "added\n")
                + "\n## Next\n\n");
    }

    @Test
    void aNewRegionWithNothingKnownBeforeItGoesAtTheEnd() throws Exception {
        String layout = "# Hub layout\n\nwords\n";
        String fresh = "# Other\n\n" + region("env", "cpu\n");

        assertThat(splice(layout, fresh)).isEqualTo("# Hub layout\n\nwords\n\n" + region("env", "cpu\n") + "\n");
    }

    @Test
    void aRegionEditedByHandStaysAsThePersonsTextWithoutMarkersAndTheFreshOneIsAdded() throws Exception {
        String edited = region("a", "old\n").replace("old", "mine");
        String layout = "# T\n\n" + edited;
        String fresh = "# T\n\n" + region("a", "new\n");

        assertThat(splice(layout, fresh)).isEqualTo("# T\n\nmine\n\n" + region("a", "new\n") + "\n");
    }

    @Test
    void aCrlfReadmeKeepsItsLineEndsInTheFreshRegions() throws Exception {
        String layout = ("# T\n\n" + region("a", "old\n") + "\n## Next\n").replace("\n", "\r\n");
        String fresh = "# T\n\n" + region("a", "new\n") + "\n## Next\n";

        assertThat(splice(layout, fresh)).isEqualTo(("# T\n\n" + region("a", "new\n") + "\n## Next\n\n").replace("\n", "\r\n"));
    }

    @Test
    void theOldCardCommentIsReplacedByOneForTheSplicedText() throws Exception {
        String layout = GeneratedReadme.finish(CARD, "# T\n\n" + region("a", "old\n") + "\n" + CardComment.PLACEHOLDER + "\n");
        String fresh = GeneratedReadme.finish(CARD, "# T\n\n" + region("a", "new\n") + "\n" + CardComment.PLACEHOLDER + "\n");

        String out = GeneratedReadme.splice(layout, fresh, CARD);

        assertThat(out).isEqualTo(fresh);
    }
}
