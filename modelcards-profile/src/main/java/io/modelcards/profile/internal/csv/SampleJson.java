package io.modelcards.profile.internal.csv;

import java.nio.charset.StandardCharsets;

/** Writes a CSV record as one JSON object of strings, the form every sampled row takes. */
final class SampleJson {
    private byte[] bytes = new byte[0];

    byte[] of(String[] names, Fields fields, byte[] b) {
        StringBuilder s = new StringBuilder("{");
        for (int k = 0; k < names.length; k++) {
            if (k > 0) {
                s.append(',');
            }
            quote(s, names[k]);
            s.append(':');
            if (fields.len[k] == 0 && !fields.quoted[k]) {
                s.append("null");
            } else {
                quote(s, fields.text(b, k));
            }
        }
        bytes = s.append('}').toString().getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    int length() {
        return bytes.length;
    }

    private static void quote(StringBuilder s, String v) {
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
