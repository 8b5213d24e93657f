package io.modelcards.profile.internal.privacy;

import java.util.List;

/**
 * Secrets given as {@code key=value} or {@code key: value} where the key names a secret: its last word is
 * {@code password}, {@code passwd}, {@code pwd}, {@code passphrase}, {@code secret}, {@code token}, {@code apikey},
 * {@code api_key}, {@code access_key}, {@code secret_key}, {@code private_key}, {@code client_secret},
 * {@code account_key} and the like (any case, camelCase too). The finding is the value only.
 *
 * <p>Vocabulary settings ({@code pad_token=[PAD]}, {@code max_tokens=512}) are not secrets. After a colon, which
 * prose uses too ({@code Token: the smallest unit}), or after a space ({@code password= and}), an unquoted plain word
 * is not a value: it needs a digit or a symbol.
 */
final class Assignments {
    private static final List<String> KEY_ENDINGS = List.of("password", "passwd", "pwd", "passphrase", "secret",
            "token", "apikey", "api_key", "api-key", "accesskey", "access_key", "secretkey", "secret_key",
            "privatekey", "private_key", "accountkey", "account_key", "sharedaccesskey", "clientsecret",
            "client_secret", "sig", "x-amz-signature", "x-amz-credential");
    private static final List<String> VOCABULARY = List.of("pad", "bos", "eos", "unk", "sep", "cls", "mask", "start",
            "end", "special", "decoder", "additional");
    private static final int MAX_KEY = 64;
    private static final int MAX_VALUE = 512;

    private Assignments() {}

    /** Where the value after the '=' or ':' at {@code op} starts when the key before it names a secret, or -1. */
    static int valueStart(byte[] b, int lo, int op, int end) {
        int k = op;
        while (k > lo && b[k - 1] == ' ') {
            k--;
        }
        if (k > lo && (b[k - 1] == '"' || b[k - 1] == '\'')) {
            k--;
        }
        int keyEnd = k;
        while (k > lo && keyEnd - k < MAX_KEY && (Ascii.word(b, k - 1, keyEnd) || b[k - 1] == '-')) {
            k--;
        }
        if (!secretKey(b, k, keyEnd)) {
            return -1;
        }
        int v = op + 1;
        while (v < end && b[v] == ' ' && v - op < 8) {
            v++;
        }
        return v < end && (b[v] == '"' || b[v] == '\'') ? v + 1 : v;
    }

    /** The end of the value starting at v after the operator at op, or -1 when there is no value worth reporting. */
    static int valueEnd(byte[] b, int op, int v, int end) {
        byte quote = v > op + 1 && (b[v - 1] == '"' || b[v - 1] == '\'') ? b[v - 1] : 0;
        int q = v;
        boolean plainWord = true;
        while (q < end && q - v < MAX_VALUE && b[q] > ' ' && (quote == 0 ? ";,&'\"".indexOf(b[q]) < 0 : b[q] != quote)) {
            plainWord &= Ascii.is(b, q, end, Ascii.LOWER) || q == v && Ascii.is(b, q, end, Ascii.UPPER);
            q++;
        }
        if (q == v || b[v] == '[' || b[v] == '<' || b[v] == '{' || b[v] == '$' || b[v] == '*') {
            // Empty, or a marker or placeholder ([SECRET], <redacted>, {{ token }}, ${TOKEN}, ****): nothing leaked.
            return -1;
        }
        boolean loose = b[op] == ':' || b[op + 1] == ' ';
        return loose && quote == 0 && plainWord ? -1 : q;
    }

    private static boolean secretKey(byte[] b, int from, int to) {
        for (String ending : KEY_ENDINGS) {
            int s = to - ending.length();
            if (s < from || !Ascii.atIgnoreCase(b, s, to, ending)) {
                continue;
            }
            boolean wordStart = s == from || !Ascii.alnum(b, s - 1, to) || Ascii.is(b, s, to, Ascii.UPPER)
                    && Ascii.is(b, s - 1, to, Ascii.LOWER | Ascii.DIGIT);
            if (wordStart && !vocabulary(b, from, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key's word before its ending (e.g. {@code pad} in {@code pad_token}) names a vocabulary entry. */
    private static boolean vocabulary(byte[] b, int from, int endingStart) {
        int e = endingStart;
        while (e > from && (b[e - 1] == '_' || b[e - 1] == '-')) {
            e--;
        }
        for (String w : VOCABULARY) {
            int s = e - w.length();
            if (s >= from && Ascii.atIgnoreCase(b, s, e, w) && (s == from || !Ascii.is(b, s - 1, e, Ascii.LOWER))) {
                return true;
            }
        }
        return false;
    }
}
