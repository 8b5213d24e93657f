package io.modelcards.profile.internal.privacy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The shapes of well-known credentials, each recognised by its fixed prefix and the length and alphabet of the rest:
 * AWS access keys, GitHub, GitLab, Hugging Face, OpenAI and Anthropic, Stripe, Slack, Google, npm, PyPI, SendGrid,
 * DigitalOcean, Shopify, Databricks, Twilio and Mailgun tokens, JWTs, Bearer and Basic credentials, and PEM private
 * keys. The same shapes as {@code io.modelcards.capture.internal.redaction.Secrets}, matched on bytes without regular
 * expressions because this runs on every string of a dataset.
 */
final class KeyShapes {
    private static final int ALNUM = Ascii.LOWER | Ascii.UPPER | Ascii.DIGIT;
    private static final int UPPER_DIGIT = Ascii.UPPER | Ascii.DIGIT;
    private static final String HEX_LOWER = "0123456789abcdef";
    private static final String HEX = "0123456789abcdefABCDEF";

    private static final VarHandle INTS =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** The shortest credential or IBAN that starts with a letter (an IBAN of 15, a Slack token of 15). */
    static final int SHORTEST = 15;
    private static final int[] FOUR = ints("api_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "gith", "glpa", "http",
            "shpa", "shps", "shpc", "shpp", "sk_l", "sk_t", "rk_l", "rk_t", "pypi", "pk_l", "pk_t", "whse", "ya29",
            "npm_", "dop_", "dapi", "key-");
    private static final int[] THREE = ints("hf_\0", "sk-\0", "xox\0", "eyJ\0");

    private KeyShapes() {}

    private static boolean hasDigit(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (b[k] >= '0' && b[k] <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int[] ints(String... prefixes) {
        int[] out = new int[prefixes.length];
        for (int k = 0; k < prefixes.length; k++) {
            byte[] b = prefixes[k].getBytes(StandardCharsets.ISO_8859_1);
            out[k] = (int) INTS.get(b, 0);
        }
        return out;
    }

    /**
     * Whether a credential or an IBAN may begin at the letter at i: a cheap test of the first four bytes against the
     * prefixes {@link #end} and {@link Ibans#shape} accept, so common words ("which", "should", "been") are passed
     * over without string comparisons. Never false where one of them would match.
     */
    static boolean mayBegin(byte[] b, int i, int end) {
        if (end - i < SHORTEST) {
            return false;
        }
        byte c = b[i];
        if (c >= 'A' && c <= 'Z') {
            byte d = b[i + 1];
            // Two capitals: an IBAN's country, AKIA and the other AWS prefixes, AIza, SG., SK. Bearer and Basic too.
            return d >= 'A' && d <= 'Z' || c == 'B' && ((d | 0x20) == 'e' || (d | 0x20) == 'a');
        }
        int w = (int) INTS.get(b, i);
        for (int p : FOUR) {
            if (w == p) {
                return true;
            }
        }
        int w3 = w & 0x00FFFFFF;
        for (int p : THREE) {
            if (w3 == p) {
                return true;
            }
        }
        int lower = w | 0x20202020;
        return lower == BEAR || lower == BASI;
    }

    private static final int BEAR = ints("bear")[0];
    private static final int BASI = ints("basi")[0];

    /** The end of the credential starting at i (the start of a word), or -1. */
    static int end(byte[] b, int i, int end) {
        switch (b[i]) {
            case 'A':
                if (oneOf(b, i, end, "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA")) {
                    return exact(b, i + 4, end, UPPER_DIGIT, "", 16);
                }
                return Ascii.at(b, i, end, "AIza") ? atLeast(b, i + 4, end, ALNUM, "_-", 35) : -1;
            case 'S':
                if (Ascii.at(b, i, end, "SG.")) {
                    int q = atLeast(b, i + 3, end, ALNUM, "_-", 16);
                    return q > 0 && q < end && b[q] == '.' ? atLeast(b, q + 1, end, ALNUM, "_-", 16) : -1;
                }
                return Ascii.at(b, i, end, "SK") ? exact(b, i + 2, end, 0, HEX, 32) : -1;
            case 'a':
                return Ascii.at(b, i, end, "api_org_") ? atLeast(b, i + 8, end, ALNUM, "", 30) : -1;
            case 'g':
                if (oneOf(b, i, end, "ghp_", "gho_", "ghu_", "ghs_", "ghr_")) {
                    return atLeast(b, i + 4, end, ALNUM, "", 30);
                }
                if (Ascii.at(b, i, end, "github_pat_")) {
                    return atLeast(b, i + 11, end, ALNUM, "_", 22);
                }
                return Ascii.at(b, i, end, "glpat-") ? atLeast(b, i + 6, end, ALNUM, "_-", 20) : -1;
            case 'h':
                if (Ascii.at(b, i, end, "hf_")) {
                    return atLeast(b, i + 3, end, ALNUM, "", 30);
                }
                return Ascii.at(b, i, end, "https://hooks.slack.com/services/") ? atLeast(b, i + 33, end, ALNUM, "/", 1) : -1;
            case 's':
                if (Ascii.at(b, i, end, "sk-")) {
                    return atLeast(b, i + 3, end, ALNUM, "_-", 20);
                }
                if (oneOf(b, i, end, "shpat_", "shpss_", "shpca_", "shppa_")) {
                    return exact(b, i + 6, end, 0, HEX, 32);
                }
                return liveOrTest(b, i + 2, end, "sk");
            case 'r':
                return liveOrTest(b, i + 2, end, "rk");
            case 'p':
                if (Ascii.at(b, i, end, "pypi-")) {
                    return atLeast(b, i + 5, end, ALNUM, "_-", 50);
                }
                return liveOrTest(b, i + 2, end, "pk");
            case 'w':
                return Ascii.at(b, i, end, "whsec") ? liveOrTest(b, i + 5, end, "") : -1;
            case 'x':
                return Ascii.at(b, i, end, "xox") && i + 4 < end && "abposr".indexOf(b[i + 3]) >= 0 && b[i + 4] == '-'
                        ? atLeast(b, i + 5, end, ALNUM, "-", 10) : -1;
            case 'y':
                return Ascii.at(b, i, end, "ya29.") ? atLeast(b, i + 5, end, ALNUM, "_-", 20) : -1;
            case 'e':
                return jwt(b, i, end);
            case 'n':
                return Ascii.at(b, i, end, "npm_") ? exact(b, i + 4, end, ALNUM, "", 36) : -1;
            case 'd':
                if (Ascii.at(b, i, end, "dop_v1_")) {
                    return exact(b, i + 7, end, 0, HEX_LOWER, 64);
                }
                // A real token's 32 hex digits hold a decimal digit (all letters: odds of 2e-14); requiring one lets the
                // prefilter pass over letter-only prose.
                return Ascii.at(b, i, end, "dapi") && hasDigit(b, i + 4, Math.min(end, i + 36))
                        ? exact(b, i + 4, end, 0, HEX_LOWER, 32) : -1;
            case 'k':
                return Ascii.at(b, i, end, "key-") ? exact(b, i + 4, end, ALNUM, "", 32) : -1;
            case 'b':
            case 'B':
                return authorization(b, i, end);
            case '-':
                return privateKey(b, i, end);
            default:
                return -1;
        }
    }

    /** {@code _live_} or {@code _test_} after a Stripe prefix (already checked up to i), then 16+ alphanumerics. */
    private static int liveOrTest(byte[] b, int i, int end, String prefix) {
        int start = i - prefix.length();
        if (!prefix.isEmpty() && !Ascii.at(b, start, end, prefix)) {
            return -1;
        }
        return oneOf(b, i, end, "_live_", "_test_") ? atLeast(b, i + 6, end, ALNUM, "", 16) : -1;
    }

    private static int jwt(byte[] b, int i, int end) {
        int p = i;
        for (int part = 0; part < 3; part++) {
            if (part < 2 && !Ascii.at(b, p, end, "eyJ")) {
                return -1;
            }
            int q = Ascii.run(b, p, end, ALNUM, "_-");
            if (q - p < (part < 2 ? 11 : 8)) {
                return -1;
            }
            if (part < 2) {
                if (q >= end || b[q] != '.') {
                    return -1;
                }
                q++;
            }
            p = q;
        }
        return p;
    }

    /** {@code Bearer} or {@code Basic}, a space, then a credential of 16+ characters with a digit in it. */
    private static int authorization(byte[] b, int i, int end) {
        int p;
        if (Ascii.atIgnoreCase(b, i, end, "bearer ")) {
            p = i + 7;
        } else if (Ascii.atIgnoreCase(b, i, end, "basic ")) {
            p = i + 6;
        } else {
            return -1;
        }
        int q = Ascii.run(b, p, end, ALNUM, "._~+/=-");
        boolean digit = false;
        for (int k = p; k < q && !digit; k++) {
            digit = Ascii.digit(b, k, end);
        }
        return q - p >= 16 && digit && !Ascii.word(b, q, end) ? q : -1;
    }

    /** A PEM private key block, to its END line, or to the end of the text when that is cut off. */
    private static int privateKey(byte[] b, int i, int end) {
        if (!Ascii.at(b, i, end, "-----BEGIN ")) {
            return -1;
        }
        int p = Ascii.run(b, i + 11, end, UPPER_DIGIT, " ");
        if (!(endsWith(b, i + 11, p, "PRIVATE KEY ") && Ascii.at(b, p, end, "-----")
                || endsWith(b, i + 11, p, "PRIVATE KEY") && Ascii.at(b, p, end, "-----")
                || endsWith(b, i + 11, p, "PRIVATE KEY BLOCK") && Ascii.at(b, p, end, "-----"))) {
            return -1;
        }
        for (int q = p + 5; q + 9 <= end; q++) {
            if (b[q] == '-' && Ascii.at(b, q, end, "-----END ")) {
                int r = Ascii.run(b, q + 9, end, UPPER_DIGIT, " ");
                if (Ascii.at(b, r, end, "-----")) {
                    return r + 5;
                }
            }
        }
        // No well-formed END line: the key may run to the end of the text, so all of it goes.
        return end;
    }

    private static boolean endsWith(byte[] b, int from, int to, String s) {
        return to - from >= s.length() && Ascii.at(b, to - s.length(), to, s);
    }

    private static boolean oneOf(byte[] b, int i, int end, String... prefixes) {
        for (String s : prefixes) {
            if (Ascii.at(b, i, end, s)) {
                return true;
            }
        }
        return false;
    }

    /** The end of a run from p of at least {@code min} bytes of the class or set, or -1. */
    private static int atLeast(byte[] b, int p, int end, int cls, String set, int min) {
        int q = Ascii.run(b, p, end, cls, set);
        return q - p >= min ? q : -1;
    }

    /** The end of a run from p of exactly {@code n} bytes of the class or set, not followed by a word byte, or -1. */
    private static int exact(byte[] b, int p, int end, int cls, String set, int n) {
        int q = Ascii.run(b, p, end, cls, set);
        return q - p == n && !Ascii.word(b, q, end) ? q : -1;
    }
}
