package io.modelcards.profile.internal.privacy;

/**
 * E-mail addresses around an '@': a local part of letters, digits and {@code . _ % + -} (not starting or ending with
 * a dot), then a domain of two or more dot-separated labels of letters, digits and inner dashes, the last label
 * (the top-level domain) being two or more letters. Also credentials written into a URL,
 * {@code scheme://user:password@host}, which are a secret rather than an address.
 */
final class Emails {
    private static final String LOCAL = "._%+-";
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

    private Emails() {}

    /** Where the local part before the '@' at {@code at} starts, never before {@code lo}; {@code at} when empty. */
    static int localStart(byte[] b, int lo, int at) {
        int s = at;
        while (s > lo && at - s < MAX_LOCAL && isLocal(b[s - 1])) {
            s--;
        }
        while (s < at && b[s] == '.') {
            s++;
        }
        return s;
    }

    /** The end of the domain after the '@' at {@code at} when the address from {@code start} is valid, or -1. */
    static int end(byte[] b, int start, int at, int end) {
        if (start >= at || b[at - 1] == '.') {
            return -1;
        }
        int limit = Math.min(end, at + 1 + MAX_DOMAIN);
        int p = at + 1;
        int labels = 0;
        // The end of the longest run of labels that ends in a top-level domain: example.com in example.com.123.
        int lastEnd = -1;
        while (true) {
            int q = p;
            boolean letters = true;
            while (q < limit && (Ascii.alnum(b, q, limit) || b[q] == '-')) {
                letters &= Ascii.is(b, q, limit, Ascii.LOWER | Ascii.UPPER);
                q++;
            }
            if (q == p || b[p] == '-' || b[q - 1] == '-') {
                break;
            }
            labels++;
            if (labels >= 2 && letters && q - p >= 2) {
                lastEnd = q;
            }
            if (q + 1 < limit && b[q] == '.' && Ascii.alnum(b, q + 1, limit)) {
                p = q + 1;
            } else {
                break;
            }
        }
        if (lastEnd < 0 || Ascii.word(b, lastEnd, end) || lastEnd < end && (b[lastEnd] == '@' || b[lastEnd] == '-')) {
            return -1;
        }
        return lastEnd;
    }

    /**
     * Where the {@code user:password} before the '@' at {@code at} starts when they are credentials inside a URL
     * ({@code ://user:password@}); -1 otherwise. {@code local} is where the local part (the password) starts.
     */
    static int credentialsStart(byte[] b, int lo, int local, int at) {
        int colon = local - 1;
        if (colon <= lo || b[colon] != ':') {
            return -1;
        }
        int u = colon;
        while (u > lo && colon - u < MAX_LOCAL && b[u - 1] != '/' && b[u - 1] != ':' && b[u - 1] != '@'
                && b[u - 1] > ' ') {
            u--;
        }
        boolean scheme = u - 3 >= lo && b[u - 1] == '/' && b[u - 2] == '/' && b[u - 3] == ':';
        return scheme && u < colon ? u : -1;
    }

    private static boolean isLocal(byte c) {
        return c > 0 && ((Ascii.of(c) & (Ascii.LOWER | Ascii.UPPER | Ascii.DIGIT)) != 0 || LOCAL.indexOf(c) >= 0);
    }
}
