package io.modelcards.standards.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** The one URI check every format's writer needs: whether a card's text can go where a format wants an absolute URI. */
public final class Uris {
    private Uris() {}

    /**
     * Whether {@code s} is an absolute URI (a scheme, then the rest): what JSON Schema's {@code uri} format, CycloneDX's
     * {@code iri-reference} fields and SPDX's download locations accept. Spaces and control characters fail, as
     * {@link URI} refuses them.
     */
    public static boolean isAbsolute(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
