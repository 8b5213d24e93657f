package io.modelcards.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private static String page(String markdown) {
        return HtmlPage.render("t", markdown, Map.of());
    }

    private static String body(String html) {
        return html.substring(html.indexOf("<body>"));
    }

    @Test
    void scriptsAreRemoved() {
        assertThat(body(page("Hi <script>alert(1)</script> there\n\n<script src=\"x.js\"></script>")))
                .doesNotContain("<script").doesNotContain("alert(1)");
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = body(page("<b onclick=\"steal()\">x</b> <div onmouseover=\"x()\">y</div>"));

        assertThat(html).contains("<b>x</b>").doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("onmouseover");
    }

    @Test
    void javascriptUrlsAreRemovedFromMarkdownAndHtmlLinks() {
        String html = body(page("[a](javascript:alert(1)) <a href=\"JavaScript:alert(2)\">b</a>"));

        assertThat(html).doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void framesAreRemoved() {
        assertThat(body(page("<iframe src=\"https://evil.example/\"></iframe>ok")))
                .doesNotContain("<iframe").doesNotContain("evil.example");
    }

    @Test
    void externalImagesAreNotLoadedAndInlineImagesKept() {
        String html = body(page("![x](https://tracker.example/p.png) <img src=\"http://t.example/q.gif\">"
                + " ![ok](data:image/png;base64,iVBORw0KGgo=)"));

        assertThat(html).doesNotContainPattern("src=\"[^\"]*tracker\\.example").doesNotContain("t.example")
                .contains("<a href=\"https://tracker.example/p.png\">x</a>")
                .contains("src=\"data:image/png;base64,iVBORw0KGgo&#61;\"");
    }

    @Test
    void stylesheetsAndStyleElementsFromTheCardAreRemoved() {
        String html = body(page("<style>body{display:none}</style>\n<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">\n\ntext"));

        assertThat(html).doesNotContain("<style").doesNotContain("<link").doesNotContain("display:none");
    }

    @Test
    void thePageLoadsNoResourceFromOutside() {
        String html = page("![x](https://a.example/i.png)\n\n<img src=\"//b.example/i.png\">"
                + "<link href=\"https://c.example/s.css\" rel=\"stylesheet\"><script src=\"https://d.example/s.js\"></script>");

        assertThat(html).doesNotContain("src=\"http").doesNotContain("src=\"//").doesNotContain("<link").doesNotContain("@import")
                .doesNotContain("url(");
    }

    @Test
    void webLinksStayAsLinks() {
        assertThat(page("[docs](https://example.org/docs)")).contains("<a href=\"https://example.org/docs\">docs</a>");
    }

    @Test
    void tablesRenderAsHtmlTables() {
        assertThat(page("| a | b |\n|---|--:|\n| 1 | 2 |\n")).contains("<table>").contains("<td align=\"right\">2</td>");
    }

    @Test
    void headingsGetUniqueAnchorsAndATableOfContents() {
        String html = page("# Title\n\n## Uses\n\ntext\n\n## Uses\n");

        assertThat(html).contains("<h2 id=\"uses\">Uses</h2>").contains("<h2 id=\"uses-1\">Uses</h2>")
                .contains("<a href=\"#uses-1\">Uses</a>").contains("<nav class=\"toc\">");
    }

    @Test
    void theContentsFollowTheTitleAndTheSummaryUnderIt() {
        String html = HtmlPage.render("t", "# Model\n\nSummary.\n\n## Uses\n", Map.of("license", "mit"));

        assertThat(html).containsSubsequence("<h1 id=\"model\">Model</h1>", "<p>Summary.</p>", "<nav class=\"toc\">",
                "<th>license</th>", "<h2 id=\"uses\">Uses</h2>");
    }

    @Test
    void aDocumentWithoutATitleStartsWithTheContents() {
        assertThat(page("## Uses\n")).containsSubsequence("<nav class=\"toc\">", "<h2 id=\"uses\">");
    }

    @Test
    void nestedMetadataIsShownAsYamlWithoutCommonIndentation() {
        String html = HtmlPage.render("t", "x", Map.of("model-index", List.of(Map.of("name", "m"))));

        assertThat(html).contains("<pre><code>- name: m</code></pre>");
    }

    @Test
    void metadataIsShownAsATable() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("license", "mit");
        meta.put("tags", List.of("a", "<b>"));
        String html = HtmlPage.render("t", "x", meta);

        assertThat(html).contains("<tr><th>license</th><td>mit</td></tr>").contains("<tr><th>tags</th><td>a, &lt;b&gt;</td></tr>");
    }

    @Test
    void theTitleIsEscaped() {
        assertThat(HtmlPage.render("<script>x</script>", "x", Map.of())).contains("<title>&lt;script&gt;x&lt;/script&gt;</title>");
    }

    @Test
    void thePageHasInlineCssWithPrintRules() {
        assertThat(page("x")).contains("<style>\n").contains("@media print");
    }

    @Test
    void theSamePageTwiceIsTheSameBytes() {
        assertThat(page("# A\n\n| x |\n|---|\n| 1 |\n")).isEqualTo(page("# A\n\n| x |\n|---|\n| 1 |\n"));
    }

    @Test
    void slugsDropPunctuationLikeGitHub() {
        assertThat(Headings.slug("Testing Data, Factors & Metrics")).isEqualTo("testing-data-factors--metrics");
        assertThat(Headings.slug("!!!")).isEqualTo("section");
    }
}
