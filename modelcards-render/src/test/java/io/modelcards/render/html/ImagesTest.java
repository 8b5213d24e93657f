package io.modelcards.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the page shows for each kind of image a card's Markdown refers to. */
class ImagesTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final String HOSTILE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 10 10\" onload=\"alert(1)\"><script>alert(2)</script><title>Plot</title>"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\" onclick=\"alert(3)\"/>"
            + "<rect width=\"1\" height=\"1\" style=\"fill:url(https://evil.example/x)\"/>"
            + "<use xlink:href=\"https://evil.example/s.svg#a\"/><image href=\"https://evil.example/i.png\"/>"
            + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>"
            + "<a href=\"javascript:alert(4)\"><text>click</text></a></svg>";

    @TempDir
    Path dir;
    private Path card;

    @BeforeEach
    void writeCard() throws IOException {
        Files.createDirectories(dir.resolve("model/assets"));
        card = dir.resolve("model/README.md");
        Files.writeString(card, "# card\n");
    }

    private HtmlPage.Page page(String markdown) {
        return HtmlPage.page("t", markdown, Map.of(), Map.of(), ImageFolder.besideCard(card));
    }

    private static String body(HtmlPage.Page page) {
        return page.html().substring(page.html().indexOf("<body>"));
    }

    private static String dataUri(String mime, byte[] bytes) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aPngBesideTheCardIsInlinedAsADataUriWithItsAltText() throws IOException {
        Files.write(dir.resolve("model/assets/plot.png"), PNG);

        HtmlPage.Page page = page("![Loss by epoch](assets/plot.png)");

        assertThat(body(page)).contains("<img src=\"" + dataUri("image/png", PNG) + "\" alt=\"Loss by epoch\" />");
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void aPathWrittenWithPercentEscapesFindsTheFile() throws IOException {
        Files.write(dir.resolve("model/assets/my plot.png"), PNG);

        assertThat(body(page("![p](assets/my%20plot.png)"))).contains("src=\"" + dataUri("image/png", PNG) + "\"");
    }

    @Test
    void anSvgBesideTheCardIsInlinedWithoutScriptsHandlersOrOutsideReferences() throws IOException {
        Files.writeString(dir.resolve("model/assets/plot.svg"), HOSTILE_SVG);

        String body = body(page("![plot](assets/plot.svg)"));
        int start = body.indexOf("data:image/svg+xml;base64,") + "data:image/svg+xml;base64,".length();
        String svg = new String(Base64.getDecoder().decode(body.substring(start, body.indexOf('"', start))), StandardCharsets.UTF_8);

        assertThat(svg).contains("<circle").contains("fill=\"url(#g)\"").contains("<title>Plot</title>")
                .doesNotContain("script").doesNotContain("alert").doesNotContainIgnoringCase("onload")
                .doesNotContain("evil.example").doesNotContain("foreignObject").doesNotContain("<image").doesNotContain("<a ");
    }

    @Test
    void anSvgWithADoctypeIsNotShownSoNoEntityIsEverExpanded() throws IOException {
        Files.writeString(dir.resolve("model/assets/x.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>");

        HtmlPage.Page page = page("![secret](assets/x.svg)");

        assertThat(body(page)).doesNotContain("data:image/svg").contains("<p>secret</p>").doesNotContain("root:");
        assertThat(page.problems()).extracting(Diagnostic::code).containsExactly("render/image-skipped");
    }

    @Test
    void aMissingImageShowsItsAltTextAndAWarningNamesTheFile() {
        HtmlPage.Page page = page("Before ![Accuracy plot](assets/missing.png) after");

        assertThat(body(page)).contains("<p>Before Accuracy plot after</p>").doesNotContain("<img");
        assertThat(page.problems()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.format()).startsWith(card + ":0:0: warning: image 'assets/missing.png' is not shown in the HTML page: "
                    + "there is no such file beside the card").endsWith("[render/image-missing]");
        });
    }

    @Test
    void aPathThatClimbsOutOfTheCardsFolderIsRefusedEvenWhenTheFileExists() throws IOException {
        Files.write(dir.resolve("outside.png"), PNG);

        HtmlPage.Page page = page("![x](../outside.png) ![y](assets/../../outside.png) ![z](%2e%2e/outside.png)");

        assertThat(body(page)).doesNotContain("<img").contains("x y z");
        assertThat(page.problems()).hasSize(3).allSatisfy(d -> assertThat(d.message()).contains("leads outside the card's folder"));
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path png = dir.resolve("model/assets/abs.png");
        Files.write(png, PNG);

        HtmlPage.Page page = page("![x](" + png.toAbsolutePath() + ") ![p](/etc/passwd)");

        assertThat(body(page)).doesNotContain("<img").doesNotContain("root:");
        assertThat(page.problems()).hasSize(2);
    }

    @Test
    void aLinkInsideTheFolderThatLeadsOutsideIsRefused() throws IOException {
        Files.write(dir.resolve("outside.png"), PNG);
        Files.createSymbolicLink(dir.resolve("model/assets/link.png"), dir.resolve("outside.png"));

        HtmlPage.Page page = page("![l](assets/link.png)");

        assertThat(body(page)).doesNotContain("<img");
        assertThat(page.problems()).singleElement().satisfies(d -> assertThat(d.message()).contains("links to a file outside"));
    }

    @Test
    void anImageOverFiveMebibytesIsSkippedWithAWarning() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("model/assets/big.png").toFile(), "rw")) {
            f.write(PNG);
            f.setLength(ImageFolder.MAX_BYTES + 1);
        }

        HtmlPage.Page page = page("![big](assets/big.png)");

        assertThat(body(page)).doesNotContain("<img").contains("big");
        assertThat(page.problems()).singleElement().satisfies(d -> assertThat(d.format())
                .contains("more than the 5242880 bytes (5 MiB)").endsWith("[render/image-skipped]"));
    }

    @Test
    void aFileWhoseContentIsNotItsTypeIsSkipped() throws IOException {
        Files.writeString(dir.resolve("model/assets/fake.png"), "<script>alert(1)</script>");

        HtmlPage.Page page = page("![fake](assets/fake.png)");

        assertThat(body(page)).doesNotContain("<img").doesNotContain("alert");
        assertThat(page.problems()).hasSize(1);
    }

    @Test
    void aWebImageIsNotFetchedButShownAsALinkWithItsAltText() {
        HtmlPage.Page page = page("![Downloads badge](https://img.example/badge.svg \"Downloads\")");

        assertThat(body(page)).contains("<a href=\"https://img.example/badge.svg\" title=\"Downloads\">Downloads badge</a>")
                .doesNotContain("<img");
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void aWebImageInsideALinkShowsItsAltTextInThatLink() {
        String body = body(page("[![build](https://ci.example/badge.png)](https://ci.example/job)"));

        assertThat(body).contains("<a href=\"https://ci.example/job\">build</a>").doesNotContain("badge.png");
    }

    @Test
    void anSvgDataUriInTheMarkdownIsCleanedLikeAFile() {
        String uri = dataUri("image/svg+xml", HOSTILE_SVG.getBytes(StandardCharsets.UTF_8));

        String body = body(page("![inline](" + uri + ")"));

        assertThat(body).contains("data:image/svg+xml;base64,").doesNotContain(uri);
    }

    @Test
    void anHtmlImgWhoseSourceIsRefusedIsDroppedRatherThanLeftEmpty() {
        String body = body(page("<img src=\"training_curve.svg\" alt=\"curve\"> <img alt=\"src\"> text"));

        assertThat(body).doesNotContain("<img");
    }

    @Test
    void withoutAFolderALocalImageShowsItsAltTextWithAWarning() {
        HtmlPage.Page page = HtmlPage.page("t", "![Training curve](training_curve.svg)", Map.of(), Map.of(), ImageFolder.none());

        assertThat(body(page)).contains("<p>Training curve</p>").doesNotContain("<img");
        assertThat(page.problems()).extracting(Diagnostic::code).containsExactly("render/image-missing");
    }
}
