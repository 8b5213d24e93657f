package io.modelcards.profile.internal.privacy;

/**
 * Phone numbers in the forms people write them:
 * <ul>
 *   <li>international: {@code +} then 8 to 15 digits, in groups split by single spaces, dashes or dots, with at most
 *       one group in parentheses ({@code +44 20 7946 0958}, {@code +1 (555) 123-4567}, {@code +14155552671});
 *   <li>North American: {@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567}, {@code 555 123 4567},
 *       optionally after {@code 1-} or {@code 1 };
 *   <li>national with a trunk 0: 2 to 5 groups of 2 to 6 digits, 9 to 12 digits in all ({@code 020 7946 0958});
 *   <li>a bare run of 9 to 15 digits, not starting with 1 unless it is 11 digits long (so Unix times in seconds or
 *       milliseconds are not phones). Shorter bare numbers (years, ids) are not phones.
 * </ul>
 * A number glued to a letter, or continued by {@code -digit}, {@code .digit} or {@code /digit} (dates, versions,
 * decimals, IP addresses), is not a phone.
 */
final class PhoneNumbers {
    private PhoneNumbers() {}

    /** The end of the phone number starting at i (a digit, '+' or '('), or -1. */
    static int end(byte[] b, int i, int end) {
        int e;
        if (b[i] == '+') {
            e = international(b, i + 1, end);
        } else if (b[i] == '(') {
            e = northAmerican(b, i, end);
        } else {
            e = northAmerican(b, i, end);
            if (e < 0 && b[i] == '1' && i + 1 < end && (b[i + 1] == '-' || b[i + 1] == ' ')) {
                e = northAmerican(b, i + 2, end);
            }
            if (e < 0 && b[i] == '0') {
                e = trunk(b, i, end);
            }
            if (e < 0) {
                e = bare(b, i, end);
            }
        }
        return e >= 0 && ends(b, e, end) ? e : -1;
    }

    private static int international(byte[] b, int p, int end) {
        int digits = 0;
        boolean parens = false;
        while (true) {
            if (p < end && b[p] == '(' && !parens) {
                int close = digits(b, p + 1, end);
                if (close == p + 1 || close >= end || b[close] != ')') {
                    return -1;
                }
                digits += close - p - 1;
                parens = true;
                p = close + 1;
            } else {
                int q = digits(b, p, end);
                if (q == p) {
                    return -1;
                }
                digits += q - p;
                p = q;
            }
            boolean sep = p < end && (b[p] == ' ' || b[p] == '-' || b[p] == '.');
            if (sep && (Ascii.digit(b, p + 1, end) || p + 1 < end && b[p + 1] == '(' && !parens)) {
                p++;
            } else if (!(p < end && (b[p] == '(' && !parens || Ascii.digit(b, p, end)))) {
                return digits >= 8 && digits <= 15 ? p : -1;
            }
        }
    }

    private static int northAmerican(byte[] b, int p, int end) {
        if (p < end && b[p] == '(') {
            int close = digits(b, p + 1, end);
            if (close - p - 1 != 3 || close >= end || b[close] != ')') {
                return -1;
            }
            p = close + 1;
            if (p < end && (b[p] == ' ' || b[p] == '-')) {
                p++;
            }
            int q = group(b, p, end, 3);
            if (q < 0 || q >= end || b[q] != '-' && b[q] != ' ' && b[q] != '.') {
                return -1;
            }
            return group(b, q + 1, end, 4);
        }
        int q = group(b, p, end, 3);
        if (q < 0 || q >= end || b[q] != '-' && b[q] != ' ' && b[q] != '.') {
            return -1;
        }
        byte sep = b[q];
        int r = group(b, q + 1, end, 3);
        if (r < 0 || r >= end || b[r] != sep) {
            return -1;
        }
        return group(b, r + 1, end, 4);
    }

    private static int trunk(byte[] b, int p, int end) {
        int digits = 0;
        int groups = 0;
        byte sep = 0;
        while (true) {
            int q = digits(b, p, end);
            int n = q - p;
            if (n < 2 || n > 6) {
                return -1;
            }
            digits += n;
            groups++;
            p = q;
            if (p + 1 < end && (b[p] == ' ' || b[p] == '-') && (sep == 0 || sep == b[p]) && Ascii.digit(b, p + 1, end)) {
                sep = b[p];
                p++;
            } else {
                return groups >= 2 && groups <= 5 && digits >= 9 && digits <= 12 ? p : -1;
            }
        }
    }

    private static int bare(byte[] b, int p, int end) {
        int q = digits(b, p, end);
        int n = q - p;
        // Unix times in seconds (10 digits) and milliseconds (13) start with 1; a bare number starting with 1 is a
        // phone only as 1 + a 10-digit North American number.
        return n >= 9 && n <= 15 && (b[p] != '1' || n == 11) ? q : -1;
    }

    /** The end of exactly n digits from p, or -1. */
    private static int group(byte[] b, int p, int end, int n) {
        int q = digits(b, p, end);
        return q - p == n ? q : -1;
    }

    private static int digits(byte[] b, int p, int end) {
        while (Ascii.digit(b, p, end)) {
            p++;
        }
        return p;
    }

    /** Whether a number may end at e: not glued to a word or an e-mail, not continued as a date, version or decimal. */
    private static boolean ends(byte[] b, int e, int end) {
        if (e >= end) {
            return true;
        }
        byte c = b[e];
        if (Ascii.word(b, e, end) || c == '@') {
            return false;
        }
        return !((c == '-' || c == '.' || c == '/' || c == ':') && Ascii.digit(b, e + 1, end));
    }
}
