package io.modelcards.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalJson#rfc8785} writes a tree byte for byte as the RFC 8785 library does from the tree's JSON text, which
 * is what the content hash was defined with: so stored cards keep their hashes.
 */
class Rfc8785WriterTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void escapesNumbersAndMemberOrderMatchTheLibraryOnAHandWrittenTree() throws Exception {
        String text = "{\"b\":[1,1.0,-0.0,1e21,1e-7,0.1,123456789012345,2.5e-300,-17],\"a\":\"tab\\t nl\\n cr\\r ff\\f bs\\b"
                + " q\\\" back\\\\ ctl\\u0001\\u001f del\\u007f é €\",\"\\u00e9\":null,\"A\":true,\"aa\":false,"
                + "\"\\ud83d\\ude00\":{\"z\":{},\"y\":[]},\"10\":1,\"9\":2}";
        assertThat(new String(CanonicalJson.rfc8785(JSON.readTree(text)), "UTF-8"))
                .isEqualTo(new JsonCanonicalizer(text).getEncodedString());
    }

    @Test
    void randomTreesAreWrittenAsTheLibraryWritesThem() throws Exception {
        Random random = new Random(8785);
        for (int i = 0; i < 2000; i++) {
            // The library reads only an object or an array at the top.
            JsonNode tree = JSON.readTree("{\"top\":" + value(random, 0) + "," + quoted(random) + ":" + value(random, 0) + "}");
            String text = JSON.writeValueAsString(tree);
            assertThat(CanonicalJson.rfc8785(tree)).as(text).isEqualTo(new JsonCanonicalizer(text).getEncodedUTF8());
        }
    }

    private static String value(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(4) : r.nextInt(6);
        return switch (kind) {
            case 0 -> quoted(r);
            case 1 -> Double.toString(Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL) * (r.nextBoolean() ? 1 : -1));
            case 2 -> Long.toString(r.nextInt(3) == 0 ? r.nextLong() % 9007199254740991L : r.nextInt(2000) - 1000);
            case 3 -> r.nextBoolean() ? "true" : r.nextBoolean() ? "false" : "null";
            case 4 -> {
                StringBuilder b = new StringBuilder("[");
                for (int n = r.nextInt(4), k = 0; k < n; k++) {
                    b.append(k > 0 ? "," : "").append(value(r, depth + 1));
                }
                yield b.append(']').toString();
            }
            default -> {
                StringBuilder b = new StringBuilder("{");
                for (int n = r.nextInt(5), k = 0; k < n; k++) {
                    b.append(k > 0 ? "," : "").append(quoted(r)).append(':').append(value(r, depth + 1));
                }
                yield b.append('}').toString();
            }
        };
    }

    /** A JSON string of a few characters drawn from ASCII, control characters, Latin-1, BMP and astral code points. */
    private static String quoted(Random r) {
        StringBuilder b = new StringBuilder("\"");
        for (int n = r.nextInt(8), k = 0; k < n; k++) {
            int cp = switch (r.nextInt(5)) {
                case 0 -> r.nextInt(0x20);
                case 1 -> 0x20 + r.nextInt(0x60);
                case 2 -> 0xa0 + r.nextInt(0x100);
                case 3 -> 0x100 + r.nextInt(0xd000);
                default -> 0x10000 + r.nextInt(0x1000);
            };
            if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\u%04x\\u%04x", (int) Character.highSurrogate(cp), (int) Character.lowSurrogate(cp)));
            }
        }
        return b.append('"').toString();
    }
}
