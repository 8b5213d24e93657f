package io.modelcards.profile.internal.source;

import io.modelcards.profile.internal.scan.Bytes;

/**
 * Finds where records end in a text buffer: at a line feed, and for CSV and TSV only at a line feed outside a quoted
 * field.
 *
 * <p>Quoting follows RFC 4180 as the CSV parser reads it: a double quote opens a quoted field only at the start of a
 * field; inside, {@code ""} is a quote and a lone {@code "} closes it; a quote anywhere else is an ordinary character.
 * Cutting blocks by the same rule the parser reads by is what keeps a quoted line break inside its record. Quote-free
 * stretches are skipped eight bytes at a time.
 */
final class RecordEnds {
    private static final long QUOTE = Bytes.pattern('"');

    private RecordEnds() {}

    /**
     * The index just past the last record end in {@code b[from, to)}, or -1 if there is none, for a buffer that
     * starts at a record boundary at {@code from}. {@code delimiter} is 0 for formats without quoting.
     */
    static int lastEnd(byte[] b, int from, int to, byte delimiter) {
        if (delimiter == 0) {
            int nl = Bytes.lastLineFeed(b, from, to);
            return nl < 0 ? -1 : nl + 1;
        }
        return scan(b, from, to, delimiter, false);
    }

    /** The index just past the first record end in {@code b[from, to)}, or -1 if there is none. */
    static int firstEnd(byte[] b, int from, int to, byte delimiter) {
        if (delimiter == 0) {
            int nl = Bytes.indexOf(b, from, to, Bytes.pattern('\n'));
            return nl == to ? -1 : nl + 1;
        }
        return scan(b, from, to, delimiter, true);
    }

    private static int scan(byte[] b, int from, int to, byte delimiter, boolean first) {
        long nlPattern = Bytes.pattern('\n');
        int last = -1;
        int i = from;
        while (true) {
            int q = Bytes.indexOf(b, i, to, QUOTE);
            // [i, q) has no quote, so it is unquoted and each line feed in it ends a record.
            if (first) {
                int nl = Bytes.indexOf(b, i, q, nlPattern);
                if (nl < q) {
                    return nl + 1;
                }
            } else {
                int nl = Bytes.lastLineFeed(b, i, q);
                if (nl >= 0) {
                    last = nl + 1;
                }
            }
            if (q == to) {
                return last;
            }
            boolean fieldStart = q == from || b[q - 1] == delimiter || b[q - 1] == '\n';
            if (!fieldStart) {
                i = q + 1; // an ordinary character in an unquoted field
                continue;
            }
            int j = q + 1;
            while (true) {
                j = Bytes.indexOf(b, j, to, QUOTE);
                if (j + 1 >= to) {
                    return last; // the quoted field runs past the buffer (or may: a final quote could be doubled)
                }
                if (b[j + 1] == '"') {
                    j += 2;
                    continue;
                }
                break;
            }
            i = j + 1;
        }
    }

    /** Line feeds in {@code b[from, to)}: physical lines, quoted or not, as an editor counts them. */
    static long lineFeeds(byte[] b, int from, int to) {
        return Bytes.countLineFeeds(b, from, to);
    }
}
