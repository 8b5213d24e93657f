package io.modelcards.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Governance;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelCardBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffMarkdownTest {

    private static ModelCard custom(String value) {
        return ModelCardBuilder.builder().governance(new Governance(null, null, null, Map.of("note", value))).build();
    }

    @Test
    void textFromACardCannotBreakATableOrInjectHtml() {
        String md = DiffMarkdown.write(CardDiff.of(custom("a"), custom("x | <script>alert(1)</script>")));
        assertThat(md).contains("x \\| &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void theDiffOfACardWithItselfSaysThereAreNoDifferences() {
        assertThat(DiffMarkdown.write(CardDiff.of(ModelCard.empty(), ModelCard.empty()))).contains("no differences");
    }
}
