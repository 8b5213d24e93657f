package io.modelcards.profile.internal.csv;

import io.modelcards.profile.internal.scan.Bytes;
import io.modelcards.profile.internal.scan.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits one CSV record into fields, by RFC 4180: a quote at the start of a field opens a quoted field, in which
 * {@code ""} is a quote and a lone quote closes it; a quote elsewhere is an ordinary character. Plain fields, quoted or
 * not, are left in place; a quoted field with doubled quotes or text after its closing quote is decoded into a scratch
 * buffer. Reused from record to record.
 */
final class Fields {
    private static final long QUOTE = Bytes.pattern('"');
    private static final long NL = Bytes.pattern('\n');

    int count;
    int[] start = new int[16];
    int[] len = new int[16];
    boolean[] quoted = new boolean[16];
    boolean[] inScratch = new boolean[16];
    byte[] scratch = new byte[256];
    int scratchSize;
    long lineFeeds;
    int badUtf8;
    int strayQuote;

    /** Splits the record at {@code b[i]}; returns the index after its line end (or {@code end}). */
    int split(byte[] b, int i, int end, byte delimiter) {
        count = 0;
        scratchSize = 0;
        lineFeeds = 0;
        badUtf8 = -1;
        strayQuote = -1;
        long delim = Bytes.pattern(delimiter);
        while (true) {
            int k = add();
            int next = b.length > i && i < end && b[i] == '"' ? quotedField(b, i, end, delimiter, k)
                    : plainField(b, i, end, delim, k);
            if (next < 0) {
                next = slowField(b, i, end, delimiter, k);
            }
            if (next < end && b[next] == delimiter) {
                i = next + 1;
                if (i == end) { // a trailing delimiter at the end of the data: one more, empty field
                    add();
                    return end;
                }
                continue;
            }
            if (next < end) { // a line feed
                lineFeeds++;
                return next + 1;
            }
            return end;
        }
    }

    private int add() {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            len = Arrays.copyOf(len, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
            inScratch = Arrays.copyOf(inScratch, count * 2);
        }
        start[count] = 0;
        len[count] = 0;
        quoted[count] = false;
        inScratch[count] = false;
        return count++;
    }

    /** An unquoted field; returns the index of its delimiter or line feed (or the end). Quotes in it are text. */
    private int plainField(byte[] b, int i, int end, long delim, int k) {
        int j = i;
        while (true) {
            j = Bytes.stop3(b, j, end, delim, NL, NL);
            if (j < end && (b[j] & 0xff) >= 0x80) {
                j = utf8(b, j, end);
                continue;
            }
            int stop = j < end && b[j] == '\n' && j > i && b[j - 1] == '\r' ? j - 1 : j;
            start[k] = i;
            len[k] = stop - i;
            return j;
        }
    }

    /** A quoted field without doubled quotes; returns the index after it, or -1 when it needs decoding. */
    private int quotedField(byte[] b, int i, int end, byte delimiter, int k) {
        int j = i + 1;
        long feeds = 0;
        while (true) {
            j = Bytes.stop3(b, j, end, QUOTE, NL, NL);
            if (j >= end) {
                return -1; // not closed: decode to find out how it ends
            }
            if (b[j] == '\n') {
                feeds++;
                j++;
            } else if ((b[j] & 0xff) >= 0x80) {
                j = utf8(b, j, end);
            } else {
                break;
            }
        }
        int after = j + 1;
        boolean ends = after >= end || b[after] == delimiter || b[after] == '\n'
                || b[after] == '\r' && after + 1 < end && b[after + 1] == '\n';
        if (!ends) {
            return -1;
        }
        lineFeeds += feeds;
        start[k] = i + 1;
        len[k] = j - (i + 1);
        quoted[k] = true;
        return after < end && b[after] == '\r' ? after + 1 : after;
    }

    /** Skips a valid UTF-8 sequence, or records the first invalid byte and steps over it. */
    private int utf8(byte[] b, int j, int end) {
        int n = Utf8.sequence(b, j, end);
        if (n == 0) {
            if (badUtf8 < 0) {
                badUtf8 = j;
            }
            return j + 1;
        }
        return j + n;
    }

    /**
     * A quoted field decoded byte by byte: {@code ""} is a quote, a lone quote closes the field, and text after the
     * closing quote is kept as text (and reported as a stray quote).
     */
    private int slowField(byte[] b, int i, int end, byte delimiter, int k) {
        int from = scratchSize;
        boolean in = true;
        int j = i + 1;
        quoted[k] = true;
        while (j < end) {
            int c = b[j] & 0xff;
            if (in && c == '"') {
                if (j + 1 < end && b[j + 1] == '"') {
                    put(c);
                    j += 2;
                    continue;
                }
                in = false;
                j++;
                if (j < end && b[j] != delimiter && b[j] != '\n' && !(b[j] == '\r' && j + 1 < end && b[j + 1] == '\n')
                        && strayQuote < 0) {
                    strayQuote = j - 1;
                }
                continue;
            }
            if (!in && (c == delimiter || c == '\n')) {
                break;
            }
            if (c == '\n') {
                lineFeeds++;
            }
            if (c >= 0x80) {
                int n = Utf8.sequence(b, j, end);
                if (n == 0 && badUtf8 < 0) {
                    badUtf8 = j;
                }
                for (int s = 0; s < Math.max(n, 1); s++) {
                    put(b[j + s]);
                }
                j += Math.max(n, 1);
                continue;
            }
            put(c);
            j++;
        }
        int stop = scratchSize;
        if (!in && j < end && b[j] == '\n' && stop > from && scratch[stop - 1] == '\r') {
            stop--;
        }
        start[k] = from;
        len[k] = stop - from;
        inScratch[k] = true;
        return j;
    }

    private void put(int c) {
        if (scratchSize == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratchSize * 2);
        }
        scratch[scratchSize++] = (byte) c;
    }

    /** The array holding field {@code k}: the record's buffer or the scratch buffer. */
    byte[] unescaped(byte[] b, int k) {
        return inScratch[k] ? scratch : b;
    }

    int valueStart(int k) {
        return start[k];
    }

    /** Field {@code k} as a string. */
    String text(byte[] b, int k) {
        return new String(unescaped(b, k), start[k], len[k], StandardCharsets.UTF_8);
    }
}
