package io.modelcards.server.ui;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The UI's static files, read once from the classpath (the stylesheet joined with the card renderer's): served with a
 * year's cache because every page links them with a version taken from their content, so a changed file gets a new URL.
 */
final class Assets {
    /** The stylesheet's path. */
    static final String CSS_PATH = "/assets/modelcards.css";

    private final byte[] css;
    private final String cssUrl;

    /**
     * Reads the assets. The stylesheet is the card renderer's (scoped to the rendered card, see {@link CardCss}) followed
     * by the UI's own, so that the UI's rules win where both style the same thing.
     */
    Assets() {
        byte[] own = read("assets/modelcards.css");
        this.css = (CardCss.renderers() + new String(own, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        this.cssUrl = CSS_PATH + "?v=" + version(css);
    }

    /** The stylesheet's versioned URL, for the pages. */
    String cssUrl() {
        return cssUrl;
    }

    /** Answers a request for the stylesheet. */
    void css(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("text/css; charset=utf-8").result(css);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the UI asset " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
