package io.modelcards.profile.internal.csv;

import io.modelcards.profile.internal.scan.Decimals;
import io.modelcards.profile.internal.scan.ValueSink;

/**
 * Gives a CSV field its type, as DuckDB's sniffer and pandas do: an integer, a decimal number, true/false, or text.
 * An empty unquoted field is null; an empty quoted field ({@code ""}) is the empty string.
 */
final class CsvValues {
    private CsvValues() {}

    /** Delivers the field {@code b[s, s+len)} to {@code sink} with its inferred type. */
    static void deliver(byte[] b, int s, int len, boolean quoted, ValueSink sink) {
        if (len == 0) {
            if (quoted) {
                sink.textValue(b, s, 0);
            } else {
                sink.nullValue();
            }
            return;
        }
        byte c = b[s];
        if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            if (number(b, s, len, sink)) {
                return;
            }
        } else if (len == 4 && (c == 't' || c == 'T') && word(b, s, "true")) {
            sink.boolValue(true);
            return;
        } else if (len == 5 && (c == 'f' || c == 'F') && word(b, s, "false")) {
            sink.boolValue(false);
            return;
        }
        sink.textValue(b, s, len);
    }

    private static boolean word(byte[] b, int s, String w) {
        for (int k = 0; k < w.length(); k++) {
            if ((b[s + k] | 0x20) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Delivers a number if the whole field is one: [+-]digits[.digits][(e|E)[+-]digits]. */
    private static boolean number(byte[] b, int s, int len, ValueSink sink) {
        int i = s;
        int end = s + len;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int intDigits = 0;
        int exp10 = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            if (digits < 18) {
                if (m != 0 || b[i] != '0') {
                    digits++;
                }
                m = m * 10 + (b[i] - '0');
            } else {
                exp10++;
            }
            intDigits++;
            i++;
        }
        boolean integral = true;
        int fracDigits = 0;
        if (i < end && b[i] == '.') {
            integral = false;
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (digits < 18) {
                    m = m * 10 + (b[i] - '0');
                    exp10--;
                    if (m != 0) {
                        digits++;
                    }
                }
                fracDigits++;
                i++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        boolean slow = false;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            integral = false;
            slow = true;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int expStart = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == expStart) {
                return false;
            }
        }
        if (i != end) {
            return false;
        }
        if (integral && intDigits <= 18) {
            sink.intValue(neg ? -m : m);
        } else {
            sink.floatValue(Decimals.of(neg, m, digits, exp10, !slow, b, s, len));
        }
        return true;
    }
}
