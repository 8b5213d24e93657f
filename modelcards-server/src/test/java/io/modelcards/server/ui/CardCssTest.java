package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The card renderer's stylesheet, scoped to the rendered card so that it styles the card and nothing else of the page. */
class CardCssTest {
    @Test
    void everySelectorOfARuleIsPlacedUnderTheScope() {
        assertThat(CardCss.scoped("h1, h2 { margin: 0; }\n.toc ul { list-style: none; }", ".x"))
                .isEqualTo(".x h1, .x h2 { margin: 0; }\n.x .toc ul { list-style: none; }\n");
    }

    @Test
    void thePageLevelSelectorsBecomeTheScopeItself() {
        assertThat(CardCss.scoped(":root { color-scheme: light; }\nbody, main { margin: 0; }", ".x"))
                .isEqualTo(".x { color-scheme: light; }\n.x { margin: 0; }\n");
    }

    @Test
    void rulesInsideAMediaBlockAreScopedAndTheBlockKept() {
        assertThat(CardCss.scoped("@media print {\n  body { font-size: 11pt; }\n  a { color: inherit; }\n}", ".x"))
                .isEqualTo("@media print {\n.x { font-size: 11pt; }\n.x a { color: inherit; }\n}\n");
    }

    @Test
    void commentsAreDropped() {
        assertThat(CardCss.scoped("/* a { } */ p { x: y; }", ".x")).isEqualTo(".x p { x: y; }\n");
    }

    @Test
    void theRenderersStylesheetStylesTheChartsAndTheContentsInsideTheCardOnly() {
        String css = CardCss.renderers();
        assertThat(css).contains(".rendered-card .chart svg {").contains(".rendered-card .toc {")
                .doesNotContainPattern("(?m)^(body|main|h1|table)\\b");
    }
}
