package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sections a comment may anchor to, read from the headings of a rendered card. */
class SectionsTest {
    @Test
    void theHeadingsOfTheRenderedCardAreTheSectionsWithTheirAnchors() {
        String html = "<h1 id=\"model\">Model</h1>\n<h2 id=\"uses\">Uses</h2>\n<p>x</p>\n"
                + "<h3 id=\"out-of-scope-use\">Out-of-Scope Use</h3>\n<h5 id=\"deep\">Deep</h5>";
        assertThat(Sections.of(html)).containsExactly(new Sections.Heading("Uses", "uses"),
                new Sections.Heading("Out-of-Scope Use", "out-of-scope-use"));
    }

    @Test
    void aHeadingsEscapedTextAndInlineMarkupComeBackAsPlainText() {
        String html = "<h2 id=\"bias-risks\">Bias, Risks, &amp; <em>Limitations</em> &lt;b&gt;</h2>";
        assertThat(Sections.of(html)).containsExactly(new Sections.Heading("Bias, Risks, & Limitations <b>", "bias-risks"));
    }

    @Test
    void aRepeatedTitleIsOfferedOnceAndNoCardHasNoSections() {
        assertThat(Sections.of("<h3 id=\"a\">Results</h3><h3 id=\"a-1\">Results</h3>")).hasSize(1);
        assertThat(Sections.of(null)).isEmpty();
    }
}
