package io.modelcards.profile.internal.parquet;

import java.util.Arrays;

/** A reusable, growing UTF-8 byte buffer: sample rows are built in it, and timestamps are copied into it to be fixed. */
final class Utf8Buffer {
    byte[] bytes = new byte[256];
    int length;

    /** Appends {@code s} in UTF-8; a lone surrogate becomes {@code ?}, as in {@link String#getBytes}. */
    void append(String s) {
        int n = s.length();
        ensure(length + 3 * n);
        byte[] b = bytes;
        int p = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = p;
    }

    /** Replaces the content with a copy of {@code utf8}. */
    void set(byte[] utf8) {
        length = 0;
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        length = utf8.length;
    }

    /** Appends one ASCII character. */
    void append(char ascii) {
        ensure(length + 1);
        bytes[length++] = (byte) ascii;
    }

    /** Appends one byte. */
    void appendByte(byte b) {
        ensure(length + 1);
        bytes[length++] = b;
    }

    /** Writes ISO 8601's {@code T} between date and time where DuckDB's text form has a space. */
    void isoTimestamp(int from) {
        int at = from + 10;
        if (length > at && bytes[at] == ' ' && bytes[from + 4] == '-') {
            bytes[at] = 'T';
        }
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
        }
    }
}
