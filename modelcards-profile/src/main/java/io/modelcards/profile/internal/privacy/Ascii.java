package io.modelcards.profile.internal.privacy;

/**
 * Byte classes for the scanner. Every byte of a multi-byte UTF-8 sequence is 0x80 or above and belongs to no class:
 * it separates words like a space does, and no finding ever includes it.
 */
final class Ascii {
    static final int LOWER = 1;
    static final int UPPER = 2;
    static final int DIGIT = 4;
    /** Letters, digits and '_': what a word (and a key's body) is made of. */
    static final int WORD = 8;
    /** Bytes that may begin a finding when they begin a word: digits, '+', '(', letters that start key shapes, '-'. */
    static final int START = 16;
    /** Bytes checked wherever they are: '@' (e-mail), '=' and ':' (key = value). */
    static final int ANYWHERE = 32;
    /** Bytes whose START needs no second look: digits, '+', '(' and '-'. */
    static final int NUMERIC = 64;

    private static final byte[] CLASS = new byte[256];
    /**
     * The first two letters of every key shape (and any two capitals, for IBANs), as a bit set over 7-bit pairs:
     * a word that starts with a key-prefix letter is only looked at when its second byte fits too, which keeps
     * everyday words such as "should" or "data" out of the precise checks.
     */
    private static final long[] PAIRS = new long[128 * 128 / 64];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER | WORD;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            // Every capital may begin an IBAN's country code.
            CLASS[c] = UPPER | WORD | START;
        }
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT | WORD | START | NUMERIC;
        }
        CLASS['_'] = WORD;
        for (char c : "abdeghknprswxy".toCharArray()) {
            CLASS[c] |= START;
        }
        for (char c : "+(-".toCharArray()) {
            CLASS[c] = START | NUMERIC;
        }
        for (char c : "@=:".toCharArray()) {
            CLASS[c] = ANYWHERE;
        }
        for (String p : new String[] {"ap", "Be", "be", "Ba", "ba", "BE", "BA", "do", "da", "ey", "gh", "gi", "gl",
                "hf", "ht", "ke", "np", "py", "pk", "rk", "sk", "sh", "wh", "xo", "ya", "Ai"}) {
            pair(p.charAt(0), p.charAt(1));
        }
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                pair(a, b);
            }
        }
    }

    private static void pair(char a, char b) {
        int k = a << 7 | b;
        PAIRS[k >>> 6] |= 1L << k;
    }

    /** Whether a word starting with letters a and b may be a key or an IBAN. */
    static boolean pair(byte a, byte b) {
        int k = (a & 0x7F) << 7 | b & 0x7F;
        return (PAIRS[k >>> 6] & 1L << k) != 0;
    }

    private Ascii() {}

    static int of(byte b) {
        return CLASS[b & 0xFF];
    }

    static boolean is(byte[] b, int i, int end, int cls) {
        return i < end && (CLASS[b[i] & 0xFF] & cls) != 0;
    }

    static boolean digit(byte[] b, int i, int end) {
        return i < end && b[i] >= '0' && b[i] <= '9';
    }

    static boolean alnum(byte[] b, int i, int end) {
        return i < end && (CLASS[b[i] & 0xFF] & (LOWER | UPPER | DIGIT)) != 0;
    }

    static boolean word(byte[] b, int i, int end) {
        return i < end && (CLASS[b[i] & 0xFF] & WORD) != 0;
    }

    /** Whether the bytes at i spell {@code s} exactly. */
    static boolean at(byte[] b, int i, int end, String s) {
        if (i + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes at i spell {@code lower} ignoring the case of ASCII letters. */
    static boolean atIgnoreCase(byte[] b, int i, int end, String lower) {
        if (i + lower.length() > end) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            int c = b[i + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The end of the run from i of bytes in {@code set} (a string of allowed characters) or of class {@code cls}. */
    static int run(byte[] b, int i, int end, int cls, String set) {
        while (i < end && ((CLASS[b[i] & 0xFF] & cls) != 0 || set.indexOf(b[i]) >= 0 && b[i] > 0)) {
            i++;
        }
        return i;
    }
}
