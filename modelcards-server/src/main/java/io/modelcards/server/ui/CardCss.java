package io.modelcards.server.ui;

import io.modelcards.render.html.HtmlPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The card renderer's stylesheet, scoped to the element that holds a rendered card on the UI's pages. The renderer puts
 * its CSS inline in a {@code <style>} element, which the UI's content security policy drops; this copy goes into the
 * served stylesheet instead, taken from the renderer's own file when the server starts so that the two never drift.
 */
final class CardCss {
    /** The class of the element that holds a rendered card's body. */
    static final String SCOPE = ".rendered-card";

    /** Selectors of the renderer's page that stand for the card itself once it sits inside the UI's page. */
    private static final Set<String> ROOTS = Set.of(":root", "html", "body", "main");

    private CardCss() {
    }

    /** The renderer's stylesheet ({@code card.css} beside {@link HtmlPage}), scoped to {@link #SCOPE}. */
    static String renderers() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("card.css")) {
            if (in == null) {
                throw new IllegalStateException("the card renderer's card.css is missing from the build");
            }
            return scoped(new String(in.readAllBytes(), StandardCharsets.UTF_8), SCOPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code css} with every rule's selectors placed under {@code scope}; the page-level selectors ({@code :root},
     * {@code body}, {@code main}) become {@code scope} itself. At-rules with a block ({@code @media}) are scoped inside;
     * comments are dropped. Enough for the renderer's plain stylesheet, not a general CSS parser.
     */
    static String scoped(String css, String scope) {
        StringBuilder out = new StringBuilder();
        scopeBlock(css.replaceAll("(?s)/\\*.*?\\*/", ""), scope, out);
        return out.toString();
    }

    private static void scopeBlock(String css, String scope, StringBuilder out) {
        int at = 0;
        while (true) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String prelude = css.substring(at, open).strip();
            int close = matching(css, open);
            String inside = css.substring(open + 1, close);
            if (prelude.startsWith("@")) {
                out.append(prelude).append(" {\n");
                scopeBlock(inside, scope, out);
                out.append("}\n");
            } else {
                out.append(selectors(prelude, scope)).append(" {").append(inside).append("}\n");
            }
            at = close + 1;
        }
    }

    private static int matching(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("the card renderer's card.css has an unclosed block");
    }

    private static String selectors(String prelude, String scope) {
        return Arrays.stream(prelude.split(",")).map(String::strip)
                .map(s -> ROOTS.contains(s) ? scope : scope + " " + s).distinct().collect(Collectors.joining(", "));
    }
}
