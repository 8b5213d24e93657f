package io.modelcards.server.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSRF check of every state-changing UI request: the session's synchronizer token must come back (form field
 * {@value #FIELD} or header {@value #HEADER}), compared in constant time, and the browser must say the request comes
 * from this site ({@code Origin} equal to the server's own, {@code Sec-Fetch-Site} same-origin when sent).
 */
public final class Csrf {
    /** The hidden form field that carries the token. */
    public static final String FIELD = "_csrf";
    /** The request header that carries the token for htmx requests. */
    public static final String HEADER = "HX-CSRF";

    private Csrf() {
    }

    /**
     * Why a request must be refused, or empty when it passes.
     *
     * @param expected     the session's token, or null when the request has no session
     * @param presented    the token the request carries, or null
     * @param origin       the request's {@code Origin} header, or null
     * @param fetchSite    the request's {@code Sec-Fetch-Site} header, or null
     * @param ownOrigin    this server's origin as the request reached it ({@code http://host:port})
     */
    public static Optional<String> refusal(String expected, String presented, String origin, String fetchSite, String ownOrigin) {
        Optional<String> site = siteRefusal(origin, fetchSite, ownOrigin);
        if (site.isPresent()) {
            return site;
        }
        if (expected == null) {
            return Optional.of("your session has ended: sign in again, then repeat what you did");
        }
        if (presented == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("the form is out of date or was not sent from this site: reload the page and try again");
        }
        return Optional.empty();
    }

    /**
     * Why a request that changes something must be refused for where it comes from, or empty: a cross-site
     * {@code Sec-Fetch-Site}, an {@code Origin} other than {@code ownOrigin}, or an opaque {@code Origin: null} that no
     * same-origin {@code Sec-Fetch-Site} vouches for. The sign-in form, which has no session
     * yet, is held to this alone.
     */
    public static Optional<String> siteRefusal(String origin, String fetchSite, String ownOrigin) {
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return Optional.of("the request came from another site: use the forms of this site");
        }
        if (origin == null) {
            return Optional.empty();
        }
        if (origin.equals("null")) {
            // Under Referrer-Policy: no-referrer a browser's own form posts send "Origin: null"; then only a
            // same-origin Sec-Fetch-Site vouches for the request.
            return "same-origin".equalsIgnoreCase(fetchSite) ? Optional.empty()
                    : Optional.of("the request came from another site: use the forms of this site");
        }
        if (!origin.toLowerCase(Locale.ROOT).equals(ownOrigin.toLowerCase(Locale.ROOT))) {
            return Optional.of("the request came from another site: use the forms of this site");
        }
        return Optional.empty();
    }
}
