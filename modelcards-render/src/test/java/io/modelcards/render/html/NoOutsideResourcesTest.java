package io.modelcards.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.html.HtmlSanitizer;

/**
 * The page loads nothing from outside itself: the produced HTML is parsed, and every attribute through which a browser
 * fetches something ({@code src}, {@code srcset}, {@code poster}, {@code data}, a stylesheet's or icon's {@code href})
 * is a {@code data:} URI or absent.
 */
class NoOutsideResourcesTest {
    private static final Set<String> FETCHING = Set.of("src", "srcset", "poster", "data", "background", "formaction", "action");

    @TempDir
    Path dir;

    /** Every element with an attribute through which the browser would fetch a resource, as "tag attr=value". */
    static List<String> resources(String html) {
        List<String> found = new ArrayList<>();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {}

            @Override
            public void closeDocument() {}

            @Override
            public void openTag(String name, List<String> attrs) {
                boolean stylesheet = name.equals("link");
                if (name.equals("script")) {
                    found.add("script");
                }
                for (int i = 0; i + 1 < attrs.size(); i += 2) {
                    String attr = attrs.get(i).toLowerCase(Locale.ROOT);
                    if (FETCHING.contains(attr) || stylesheet && attr.equals("href")) {
                        found.add(name + " " + attr + "=" + attrs.get(i + 1));
                    }
                }
            }

            @Override
            public void closeTag(String name) {}

            @Override
            public void text(String text) {}
        });
        return found;
    }

    static List<String> cards() {
        return Fixtures.cardNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cards")
    void noFixtureCardsPageFetchesAnythingFromOutside(String name) {
        String html = CardRenderer.create().render(RenderRequest.of(Fixtures.card(name), OutputFormat.HTML)).output();

        assertThat(resources(html)).allSatisfy(r -> assertThat(r).matches("img src=data:image/[a-z+]+;base64,.*"));
    }

    @Test
    void aPageWithEveryKindOfImageFetchesNothingFromOutside() throws IOException {
        Path card = dir.resolve("README.md");
        Files.write(dir.resolve("plot.png"), Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Files.writeString(dir.resolve("chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://x.example/a.png\"/>"
                + "<rect width=\"2\" height=\"2\" style=\"fill:url('https://x.example/p')\"/></svg>");
        String markdown = "![a](plot.png) ![b](chart.svg) ![c](https://x.example/c.png) ![d](//x.example/d.png) ![e](missing.png)\n\n"
                + "<img src=\"https://x.example/e.png\"> <img srcset=\"https://x.example/f.png 2x\"> <video poster=\"https://x.example/v\">"
                + "</video> <link rel=\"stylesheet\" href=\"https://x.example/s.css\"> <script src=\"https://x.example/s.js\"></script>"
                + " <object data=\"https://x.example/o\"></object> <input type=\"image\" src=\"https://x.example/i\">";

        HtmlPage.Page page = HtmlPage.page("t", markdown, Map.of(), Map.of(), ImageFolder.besideCard(card));

        assertThat(resources(page.html())).hasSize(2).allSatisfy(r -> assertThat(r).matches("img src=data:image/[a-z+]+;base64,.*"));
        assertThat(page.html()).doesNotContainPattern("src=\"[^\"]*x\\.example");
    }
}
