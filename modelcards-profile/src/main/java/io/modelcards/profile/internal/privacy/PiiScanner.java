package io.modelcards.profile.internal.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds personal data and secrets in text: e-mail addresses, phone numbers, IBANs, payment card numbers and keys.
 *
 * <p>One pass over the bytes. Plain prose (letters, spaces, full stops, commas) is read eight bytes at a time
 * ({@link Prose}); other bytes cost one table look-up each. Only a byte that can begin a finding (a digit, '+' or '(',
 * a word whose first two letters begin a key shape or IBAN, or an '@', '=' or ':' anywhere) leads to a precise check
 * of the bytes around it, and nothing is allocated unless {@link #redact} has something to replace. The rules
 * for each kind are in {@link Emails}, {@link PhoneNumbers}, {@link CardNumbers}, {@link Ibans}, {@link KeyShapes}
 * and {@link Assignments}; a run of digits that is a card number or an IBAN counts as that and not as a phone.
 * Stateless and safe for any number of threads.
 */
public final class PiiScanner {
    public static final int EMAIL = 1;
    public static final int PHONE = 2;
    public static final int IBAN = 4;
    public static final int CARD = 8;
    public static final int SECRET = 16;

    private PiiScanner() {}

    /** The kinds found in the UTF-8 text, as a bit set of the constants above; 0 when none. One pass, no allocation on clean text. */
    public static int scan(byte[] utf8, int off, int len) {
        if (!PrivacyPrefilter.mayContain(utf8, off, off + len)) {
            return 0;
        }
        return find(utf8, off, off + len, null);
    }

    /**
     * {@link #scan} for a text that has already passed {@link PrivacyPrefilter} (for example inside a scan that applies
     * {@link PrivacyPrefilter#word} to the words it reads anyway): the full check, without the prefilter's pass.
     */
    public static int scanPassed(byte[] utf8, int off, int len) {
        return find(utf8, off, off + len, null);
    }

    /** The name of one kind bit: email, phone, iban, card-number or secret. */
    public static String kindName(int bit) {
        return switch (bit) {
            case EMAIL -> "email";
            case PHONE -> "phone";
            case IBAN -> "iban";
            case CARD -> "card-number";
            case SECRET -> "secret";
            default -> throw new IllegalArgumentException("not one kind bit: " + bit);
        };
    }

    /** The marker that replaces a finding of one kind, such as {@code [EMAIL]}. */
    public static String marker(int bit) {
        return "[" + kindName(bit).toUpperCase(Locale.ROOT) + "]";
    }

    /**
     * The text with every finding replaced by a marker such as {@code [EMAIL]}; everything else is kept as it was.
     * Markers are never findings, so redacting twice changes nothing more. Returns the same instance when there is
     * nothing to replace.
     */
    public static String redact(String text) {
        // One byte per char: ASCII as itself, anything else as 0x80, which like every non-ASCII UTF-8 byte belongs to
        // no finding. Findings are then the same as on the UTF-8 bytes, and byte offsets are char offsets.
        int n = text.length();
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            b[k] = c < 0x80 ? (byte) c : (byte) 0x80;
        }
        FindingSpans found = new FindingSpans();
        if (find(b, 0, n, found) == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        for (int f = 0; f < found.size; f++) {
            out.append(text, copied, found.starts[f]).append(marker(found.kinds[f]));
            copied = found.ends[f];
        }
        return out.append(text, copied, n).toString();
    }

    /** {@link #redact(String)} on UTF-8 bytes. */
    public static String redact(byte[] utf8, int off, int len) {
        return redact(new String(utf8, off, len, StandardCharsets.UTF_8));
    }

    /** Findings are packed into a long with positions relative to the window's start; windows keep those small. */
    private static final int WINDOW = 1 << 28;

    /** The kinds in b[off, end); each finding is also added to {@code out} when it is not null. */
    static int find(byte[] b, int off, int end, FindingSpans out) {
        int kinds = 0;
        // A finding that straddles two windows (only in values over 256 MB) is missed.
        for (int w = off; w < end; w += WINDOW) {
            kinds |= window(b, w, Math.min(end, w + WINDOW), out);
        }
        return kinds;
    }

    private static int window(byte[] b, int off, int end, FindingSpans out) {
        int kinds = 0;
        int lo = off;
        int prev = 0;
        int i = off;
        while (i < end) {
            // Plain prose, eight bytes at a time: only letters that start a word need a look.
            long starts = i + 8 <= end ? Prose.wordStarts(b, i, (prev & Ascii.WORD) == 0) : Prose.NOT_PROSE;
            if (starts != Prose.NOT_PROSE) {
                long hit = starts == 0 ? 0 : proseHit(b, off, lo, i, end, starts);
                if (hit == 0) {
                    prev = Ascii.of(b[i + 7]);
                    i += 8;
                } else {
                    kinds |= record(hit, off, out);
                    i = lo = stop(hit, off);
                    prev = Ascii.of(b[i - 1]);
                }
                continue;
            }
            // Anything else, a byte at a time up to the next block.
            for (int blockEnd = Math.min(end, i + 8); i < blockEnd; ) {
                int c = Ascii.of(b[i]);
                // START counts only at the start of a word: after a WORD byte (bit 3) the shifted bit masks START (bit 4).
                if ((c & (Ascii.ANYWHERE | Ascii.START) & ~((prev & Ascii.WORD) << 1)) != 0
                        && ((c & (Ascii.ANYWHERE | Ascii.NUMERIC)) != 0
                            || i + 1 < end && Ascii.pair(b[i], b[i + 1]) && (!letter(b[i]) || KeyShapes.mayBegin(b, i, end)))) {
                    long hit = at(b, off, lo, i, end, c);
                    if (hit != 0) {
                        kinds |= record(hit, off, out);
                        // URL credentials end at the '@' they were found from: step past it.
                        i = lo = Math.max(stop(hit, off), i + 1);
                        prev = Ascii.of(b[i - 1]);
                        continue;
                    }
                }
                prev = c;
                i++;
            }
        }
        return kinds;
    }

    /** The first finding that begins at one of the word starts of a prose block, packed; 0 when none does. */
    private static long proseHit(byte[] b, int off, int lo, int i, int end, long starts) {
        for (long s = starts; s != 0; s &= s - 1) {
            int j = i + (Long.numberOfTrailingZeros(s) >>> 3);
            // Only letters that begin a key shape or IBAN have pairs, so the pair test alone decides.
            if (j + 1 < end && Ascii.pair(b[j], b[j + 1]) && KeyShapes.mayBegin(b, j, end)) {
                long hit = at(b, off, lo, j, end, Ascii.of(b[j]));
                if (hit != 0) {
                    return hit;
                }
            }
        }
        return 0;
    }

    private static boolean letter(byte x) {
        return x >= 'a' && x <= 'z' || x >= 'A' && x <= 'Z';
    }

    /** The kind of a packed finding (0 for a span only skipped), after adding it to {@code out}. */
    private static int record(long hit, int off, FindingSpans out) {
        int kind = (int) (hit >>> 58);
        if (kind != 0 && out != null) {
            out.add(off + ((int) (hit >>> 29) & 0x1FFFFFFF), stop(hit, off), kind);
        }
        return kind;
    }

    private static int stop(long hit, int off) {
        return off + ((int) hit & 0x1FFFFFFF);
    }

    /**
     * The finding that the byte at i begins or completes, packed by {@link #pack}; kind 0 means "nothing, but skip to
     * its end", and 0 means nothing at all. Nothing before {@code lo} (the end of the last finding) is looked at.
     */
    private static long at(byte[] b, int off, int lo, int i, int end, int c) {
        byte x = b[i];
        if (x == '@') {
            return email(b, off, lo, i, end);
        }
        if (x == '=' || x == ':') {
            int v = Assignments.valueStart(b, lo, i, end);
            int e = v < 0 ? -1 : Assignments.valueEnd(b, i, v, end);
            return e < 0 ? 0 : pack(off, SECRET, v, e);
        }
        if ((c & Ascii.DIGIT) != 0 || x == '+' || x == '(') {
            return number(b, off, i, end);
        }
        if ((c & Ascii.UPPER) != 0 && Ibans.shape(b, i, end)) {
            int e = Ibans.end(b, i, end);
            if (e > 0) {
                return pack(off, IBAN, i, e);
            }
            if (e < 0) {
                return pack(off, 0, i, -e - 1);
            }
        }
        int e = KeyShapes.end(b, i, end);
        return e < 0 ? 0 : pack(off, SECRET, i, e);
    }

    private static long email(byte[] b, int off, int lo, int at, int end) {
        int s = Emails.localStart(b, lo, at);
        int cred = Emails.credentialsStart(b, lo, s, at);
        if (cred >= 0) {
            return pack(off, SECRET, cred, at);
        }
        if (s > lo && b[s - 1] == '/') {
            // scheme://user@host names a user, not a mailbox.
            return 0;
        }
        int e = Emails.end(b, s, at, end);
        return e < 0 ? 0 : pack(off, EMAIL, s, e);
    }

    private static long number(byte[] b, int off, int i, int end) {
        if (i > off && !numberMayStartAfter(b[i - 1])) {
            return 0;
        }
        if (b[i] == '+' && !Ascii.digit(b, i + 1, end) && !(i + 1 < end && b[i + 1] == '(')) {
            return 0;
        }
        int e = CardNumbers.end(b, i, end);
        if (e > 0) {
            return pack(off, CARD, i, e);
        }
        e = PhoneNumbers.end(b, i, end);
        return e < 0 ? 0 : pack(off, PHONE, i, e);
    }

    /** Digits after these belong to something else: a word, a decimal or version, a path, an amount, an id, an address. */
    private static boolean numberMayStartAfter(byte prev) {
        return (Ascii.of(prev) & Ascii.WORD) == 0 && "._@/#$-+".indexOf(prev) < 0;
    }

    /** Kind in bits 58..62, start in bits 29..57, end in bits 0..28; positions relative to the window. */
    private static long pack(int off, int kind, int start, int end) {
        return (long) kind << 58 | (long) (start - off) << 29 | (end - off);
    }
}
