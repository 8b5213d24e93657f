package io.modelcards.profile.internal.privacy;

/**
 * IBANs (ISO 13616): two capital letters, two check digits, then 11 to 30 capitals or digits, written whole or in
 * groups of four split by single spaces; the number must pass the mod-97 check. The longest valid reading wins, so
 * {@code DE89 3704 0044 0532 0130 00 EUR} ends before {@code EUR}.
 */
final class Ibans {
    private static final int MIN_BBAN = 11;
    private static final int MAX_BBAN = 30;

    private Ibans() {}

    /** Whether an IBAN may start at i: two capitals then two digits. */
    static boolean shape(byte[] b, int i, int end) {
        return i + 4 < end && Ascii.is(b, i + 1, end, Ascii.UPPER) && Ascii.digit(b, i + 2, end)
                && Ascii.digit(b, i + 3, end) && Ascii.is(b, i, end, Ascii.UPPER);
    }

    /**
     * The end of the IBAN at i when it passes the check; {@code -end - 1} when something IBAN-shaped that fails the
     * check ends there (so its digits are not read again as a card or phone); 0 when nothing IBAN-shaped is there.
     */
    static int end(byte[] b, int i, int end) {
        if (!shape(b, i, end)) {
            return 0;
        }
        // The check value of the rearranged number (BBAN, then country, then check digits), built as we read the BBAN.
        boolean grouped = b[i + 4] == ' ';
        int p = i + 4;
        int chars = 0;
        int rest = 0;
        int best = 0;
        int shaped = 0;
        while (true) {
            int groupStart = grouped ? p + 1 : p;
            if (grouped && (p >= end || b[p] != ' ')) {
                break;
            }
            int q = groupStart;
            while (q < end && (Ascii.is(b, q, end, Ascii.UPPER | Ascii.DIGIT)) && (!grouped || q - groupStart < 4)) {
                rest = step(rest, b[q]);
                q++;
                chars++;
                if (chars > MAX_BBAN) {
                    break;
                }
            }
            if (q == groupStart || chars > MAX_BBAN) {
                break;
            }
            p = q;
            if (chars >= MIN_BBAN && !Ascii.word(b, p, end)) {
                shaped = p;
                if (check(b, i, rest)) {
                    best = p;
                }
            }
            if (!grouped || q - groupStart < 4) {
                break;
            }
        }
        if (best > 0) {
            return best;
        }
        return shaped > 0 ? -shaped - 1 : 0;
    }

    private static boolean check(byte[] b, int i, int rest) {
        int r = rest;
        for (int k = 0; k < 4; k++) {
            r = step(r, b[i + k]);
        }
        return r == 1;
    }

    /** Appends one character (digit, or letter as 10..35) to a number kept modulo 97. */
    private static int step(int r, byte c) {
        return c <= '9' ? (r * 10 + c - '0') % 97 : (r * 100 + c - 'A' + 10) % 97;
    }
}
