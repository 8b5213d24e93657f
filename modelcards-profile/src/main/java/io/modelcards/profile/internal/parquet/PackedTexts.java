package io.modelcards.profile.internal.parquet;

/**
 * Reads the packed form of a list of texts that {@link DuckTypes} selects for a {@link ColumnType.TextList}: a
 * {@code [}, then the elements in order, each either {@code -} (a null element) or its length in UTF-8 bytes in decimal, {@code :}, and
 * its bytes. The lengths make it unambiguous whatever the texts contain.
 */
final class PackedTexts {
    /** Receives the elements of one list. */
    interface Elements {
        /** A text element: {@code len} UTF-8 bytes of {@code b} from {@code off}. */
        void text(byte[] b, int off, int len);

        /** A null element. */
        void nullElement();
    }

    private PackedTexts() {}

    /** The number of elements in {@code packed}. */
    static int count(byte[] packed) {
        int n = 0;
        for (int p = 1; p < packed.length; n++) {
            p = next(packed, p, null);
        }
        return n;
    }

    /** Passes every element of {@code packed} to {@code to}, in order. */
    static void forEach(byte[] packed, Elements to) {
        for (int p = 1; p < packed.length; ) {
            p = next(packed, p, to);
        }
    }

    /** Reads the element at {@code p}, passing it to {@code to} unless null; returns where the next one starts. */
    private static int next(byte[] b, int p, Elements to) {
        if (b[p] == '-') {
            if (to != null) {
                to.nullElement();
            }
            return p + 1;
        }
        int len = 0;
        while (b[p] != ':') {
            len = len * 10 + (b[p++] - '0');
        }
        p++;
        if (to != null) {
            to.text(b, p, len);
        }
        return p + len;
    }
}
