package io.modelcards.profile.internal.privacy;

/**
 * Payment card numbers: 13 to 19 digits, whole or in groups split by single spaces or single dashes (one kind per
 * number), whose first digit is 2 to 6 (the industries that issue payment cards: this keeps 13-digit millisecond
 * timestamps and most ids out) and that pass the Luhn check.
 */
final class CardNumbers {
    private CardNumbers() {}

    /** The end of the longest card number starting at i, or -1. */
    static int end(byte[] b, int i, int end) {
        if (!Ascii.digit(b, i, end) || b[i] < '2' || b[i] > '6') {
            return -1;
        }
        int p = i;
        int digits = 0;
        byte sep = 0;
        int best = -1;
        while (true) {
            while (Ascii.digit(b, p, end)) {
                p++;
                digits++;
            }
            if (digits > 19) {
                return best;
            }
            if (digits >= 13 && !Ascii.word(b, p, end) && luhn(b, i, p)) {
                best = p;
            }
            if (p + 1 < end && (b[p] == ' ' || b[p] == '-') && (sep == 0 || sep == b[p]) && Ascii.digit(b, p + 1, end)) {
                sep = b[p];
                p++;
            } else {
                return best;
            }
        }
    }

    /** The Luhn check over the digits of b[from, to), skipping separators. */
    static boolean luhn(byte[] b, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int p = to - 1; p >= from; p--) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                continue;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
