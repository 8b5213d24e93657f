package io.modelcards.profile.internal.jsonl;

import io.modelcards.profile.internal.scan.Bytes;
import io.modelcards.profile.internal.scan.Decimals;
import io.modelcards.profile.internal.scan.Utf8;

/**
 * Checks one JSON Lines row against RFC 8259 (plus: no line feed inside the row) and records it on a {@link Tape}.
 * On failure it returns -1 and keeps the position, a problem code and a message saying what was expected.
 */
final class JsonSyntax {
    private final Tape t;
    private int errorAt;
    private String code;
    private String message;

    JsonSyntax(Tape tape) {
        this.t = tape;
    }

    int errorAt() {
        return errorAt;
    }

    String errorCode() {
        return code;
    }

    String errorMessage() {
        return message;
    }

    /** Skips spaces, tabs and carriage returns; a line feed ends the row, so it is not skipped. */
    static int skipSpace(byte[] b, int i, int end) {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return i;
            }
            i++;
        }
        return i;
    }

    int fail(int at, String problem, String text) {
        errorAt = at;
        code = problem;
        message = text;
        return -1;
    }

    /** Parses the row's object starting at {@code b[i]}; returns the index after it, or -1. */
    int top(byte[] b, int i, int end) {
        if (b[i] != '{') {
            return fail(i, "profile/invalid-json", "expected a JSON object ('{') at the start of the line, found "
                    + found(b, i, end));
        }
        return object(b, i, end, 1);
    }

    private static String found(byte[] b, int i, int end) {
        if (i >= end || b[i] == '\n') {
            return "the end of the line";
        }
        int c = b[i] & 0xff;
        return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("byte 0x%02x", c);
    }

    private int object(byte[] b, int i, int end, int depth) {
        if (depth > JsonLinesParser.MAX_DEPTH) {
            return fail(i, "profile/invalid-json", "nested deeper than " + JsonLinesParser.MAX_DEPTH + " levels");
        }
        int me = t.add(Tape.OBJECT, 0, 0);
        i = skipSpace(b, i + 1, end);
        if (i < end && b[i] == '}') {
            t.a[me] = t.add(Tape.END, 0, 0);
            return i + 1;
        }
        while (true) {
            if (i >= end || b[i] != '"') {
                return fail(i, "profile/invalid-json", "expected a field name in double quotes, found " + found(b, i, end));
            }
            i = string(b, i, end, true);
            if (i < 0) {
                return -1;
            }
            i = skipSpace(b, i, end);
            if (i >= end || b[i] != ':') {
                return fail(i, "profile/invalid-json", "expected ':' after the field name, found " + found(b, i, end));
            }
            i = value(b, skipSpace(b, i + 1, end), end, depth);
            if (i < 0) {
                return -1;
            }
            i = skipSpace(b, i, end);
            if (i < end && b[i] == ',') {
                i = skipSpace(b, i + 1, end);
            } else if (i < end && b[i] == '}') {
                t.a[me] = t.add(Tape.END, 0, 0);
                return i + 1;
            } else {
                return fail(i, "profile/invalid-json", "expected ',' or '}' in the object, found " + found(b, i, end));
            }
        }
    }

    private int array(byte[] b, int i, int end, int depth) {
        if (depth > JsonLinesParser.MAX_DEPTH) {
            return fail(i, "profile/invalid-json", "nested deeper than " + JsonLinesParser.MAX_DEPTH + " levels");
        }
        int me = t.add(Tape.LIST, 0, 0);
        int count = 0;
        i = skipSpace(b, i + 1, end);
        if (i < end && b[i] == ']') {
            t.a[me] = t.add(Tape.END, 0, 0);
            return i + 1;
        }
        while (true) {
            i = value(b, i, end, depth);
            if (i < 0) {
                return -1;
            }
            count++;
            i = skipSpace(b, i, end);
            if (i < end && b[i] == ',') {
                i = skipSpace(b, i + 1, end);
            } else if (i < end && b[i] == ']') {
                t.b[me] = count;
                t.a[me] = t.add(Tape.END, 0, 0);
                return i + 1;
            } else {
                return fail(i, "profile/invalid-json", "expected ',' or ']' in the list, found " + found(b, i, end));
            }
        }
    }

    private int value(byte[] b, int i, int end, int depth) {
        if (i >= end) {
            return fail(i, "profile/invalid-json", "expected a value, found the end of the line");
        }
        return switch (b[i]) {
            case '"' -> string(b, i, end, false);
            case '{' -> object(b, i, end, depth + 1);
            case '[' -> array(b, i, end, depth + 1);
            case 't' -> literal(b, i, end, "true", Tape.TRUE);
            case 'f' -> literal(b, i, end, "false", Tape.FALSE);
            case 'n' -> literal(b, i, end, "null", Tape.NULL);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(b, i, end);
            default -> fail(i, "profile/invalid-json", "expected a value, found " + found(b, i, end));
        };
    }

    private int literal(byte[] b, int i, int end, String word, byte kind) {
        int n = word.length();
        if (i + n > end) {
            return fail(i, "profile/invalid-json", "expected a value, found " + found(b, i, end));
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return fail(i, "profile/invalid-json", "expected a value, found " + found(b, i, end));
            }
        }
        t.add(kind, 0, 0);
        return i + n;
    }

    private int number(byte[] b, int i, int end) {
        int s = i;
        boolean neg = b[i] == '-';
        if (neg) {
            i++;
        }
        if (i >= end || b[i] < '0' || b[i] > '9') {
            return fail(i, "profile/invalid-json", "expected a digit in the number, found " + found(b, i, end));
        }
        long m = 0;
        int digits = 0;
        int exp10 = 0;
        if (b[i] == '0') {
            i++;
        } else {
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (digits < 18) {
                    m = m * 10 + (b[i] - '0');
                } else {
                    exp10++;
                }
                digits++;
                i++;
            }
        }
        boolean integral = true;
        if (i < end && b[i] == '.') {
            integral = false;
            i++;
            if (i >= end || b[i] < '0' || b[i] > '9') {
                return fail(i, "profile/invalid-json", "expected a digit after '.', found " + found(b, i, end));
            }
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (digits < 18) {
                    m = m * 10 + (b[i] - '0');
                    exp10--;
                }
                if (m != 0 || digits > 0) {
                    digits++;
                }
                i++;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            integral = false;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= end || b[i] < '0' || b[i] > '9') {
                return fail(i, "profile/invalid-json", "expected a digit in the exponent, found " + found(b, i, end));
            }
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            exp10 = Integer.MIN_VALUE; // take the slow, exact path below
        }
        if (integral && digits <= 18) {
            t.add(Tape.INT, neg ? -m : m, 0);
        } else {
            double v = Decimals.of(neg, m, digits, exp10, exp10 != Integer.MIN_VALUE, b, s, i - s);
            t.add(Tape.FLOAT, Double.doubleToRawLongBits(v), 0);
        }
        return i;
    }

    /** A string (a value, or a field name when {@code key}) from its opening quote; returns the index after it. */
    private int string(byte[] b, int i, int end, boolean key) {
        int s = i + 1;
        i = s;
        while (true) {
            int j = Bytes.jsonStringStop(b, i, end);
            if (j >= end) {
                return fail(s - 1, "profile/invalid-json", "string not closed before the end of the line");
            }
            int c = b[j] & 0xff;
            if (c == '"') {
                t.add(key ? Tape.FIELD : Tape.TEXT, s, j - s);
                return j + 1;
            } else if (c == '\\') {
                return escaped(b, s, j, end, key);
            } else if (c < 0x20) {
                return fail(j, "profile/invalid-json", c == '\n' ? "string not closed before the end of the line"
                        : String.format("control character 0x%02x in a string: escape it", c));
            } else {
                int n = Utf8.sequence(b, j, end);
                if (n == 0) {
                    return fail(j, "profile/invalid-utf8", String.format("invalid UTF-8 byte 0x%02x", c));
                }
                i = j + n;
            }
        }
    }

    /** The rest of a string that has escapes: decoded into the tape's scratch buffer. */
    private int escaped(byte[] b, int s, int j, int end, boolean key) {
        int start = t.scratchSize;
        for (int k = s; k < j; k++) {
            t.scratchByte(b[k]);
        }
        int i = j;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c == '"') {
                int len = t.scratchSize - start;
                t.add(key ? Tape.FIELD : Tape.ESCAPED, start, key ? -len - 1 : len);
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    break;
                }
                int e = b[i + 1];
                switch (e) {
                    case '"', '\\', '/' -> t.scratchByte(e);
                    case 'b' -> t.scratchByte('\b');
                    case 'f' -> t.scratchByte('\f');
                    case 'n' -> t.scratchByte('\n');
                    case 'r' -> t.scratchByte('\r');
                    case 't' -> t.scratchByte('\t');
                    case 'u' -> {
                        int cp = hex4(b, i + 2, end);
                        if (cp < 0) {
                            return fail(i, "profile/invalid-json", "expected four hex digits after \\u");
                        }
                        i += 6;
                        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end && b[i] == '\\' && b[i + 1] == 'u') {
                            int lo = hex4(b, i + 2, end);
                            if (lo >= 0xdc00 && lo <= 0xdfff) {
                                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                                i += 6;
                            }
                        }
                        // A lone surrogate cannot be UTF-8; it becomes U+FFFD, as Python's decoder would with errors="replace".
                        encode(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
                        continue;
                    }
                    default -> {
                        return fail(i, "profile/invalid-json", "unknown escape '\\" + (char) e + "' in a string");
                    }
                }
                i += 2;
            } else if (c < 0x20) {
                return fail(i, "profile/invalid-json", c == '\n' ? "string not closed before the end of the line"
                        : String.format("control character 0x%02x in a string: escape it", c));
            } else if (c < 0x80) {
                t.scratchByte(c);
                i++;
            } else {
                int n = Utf8.sequence(b, i, end);
                if (n == 0) {
                    return fail(i, "profile/invalid-utf8", String.format("invalid UTF-8 byte 0x%02x", c));
                }
                for (int k = 0; k < n; k++) {
                    t.scratchByte(b[i + k]);
                }
                i += n;
            }
        }
        return fail(s - 1, "profile/invalid-json", "string not closed before the end of the line");
    }

    private static int hex4(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private void encode(int cp) {
        if (cp < 0x80) {
            t.scratchByte(cp);
        } else if (cp < 0x800) {
            t.scratchByte(0xc0 | cp >> 6);
            t.scratchByte(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            t.scratchByte(0xe0 | cp >> 12);
            t.scratchByte(0x80 | cp >> 6 & 0x3f);
            t.scratchByte(0x80 | cp & 0x3f);
        } else {
            t.scratchByte(0xf0 | cp >> 18);
            t.scratchByte(0x80 | cp >> 12 & 0x3f);
            t.scratchByte(0x80 | cp >> 6 & 0x3f);
            t.scratchByte(0x80 | cp & 0x3f);
        }
    }
}
