package io.modelcards.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.modelcards.card.ModelCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.NumberToJSON;

/**
 * The canonical form of a card: the bytes its {@link ContentHash} is taken of. Two cards with the same content have
 * the same canonical form, whichever format they were read from and however their README was laid out.
 *
 * <p>The form is defined on the card's JSON form ({@link CardCodec#toJson}: snake_case names, empty values left out),
 * so that it can be recomputed from that JSON alone, without the schema:
 * <ol>
 *   <li>the top-level {@code source} member (the README layout, {@link ModelCard#source()}) is removed;</li>
 *   <li>every integer outside ±{@value #MAX_EXACT_INTEGER} (2<sup>53</sup>−1) is replaced by the string of its decimal
 *       digits, wherever it is: in {@code long} fields (byte and row counts, seeds, steps, memory sizes) and in
 *       free-form maps (hyperparameters, custom fields, metadata extras, evaluation arguments, energy inputs) alike,
 *       because RFC 8785 treats every number as an IEEE-754 double, which would round such an integer;</li>
 *   <li>in every string value, a CRLF line ending becomes LF: line endings are layout
 *       ({@code ReadmeSource.lineEnding}), so a README checked out with CRLF has the same content as with LF;</li>
 *   <li>the result is serialized by RFC 8785 (JCS): members sorted by their names' UTF-16 code units, no whitespace,
 *       strings minimally escaped, numbers in ECMAScript's shortest round-trip form ({@code 1.0} → {@code 1},
 *       {@code 2e-05} → {@code 0.00002}), UTF-8.</li>
 * </ol>
 * Floating-point values stay numbers: a double is exact by definition. Strings, content hashes ({@code sha256:…})
 * among them, stay strings. A decimal that a Java caller put in a free-form map as a {@code BigDecimal} counts as the
 * double it becomes when the card's JSON form is read back. One consequence is deliberate: in a free-form map, an
 * integer beyond 2<sup>53</sup>−1 and a string of the same digits have the same canonical form.
 */
public final class CanonicalJson {
    /** The largest magnitude of an integer that stays a number: 2<sup>53</sup>−1, the last one every double holds exactly. */
    public static final long MAX_EXACT_INTEGER = (1L << 53) - 1;

    private static final BigInteger MAX = BigInteger.valueOf(MAX_EXACT_INTEGER);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Reads back the card's own JSON, so without the input limits meant for files from users. */
    private static final ObjectMapper TREE = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build()).build();

    private CanonicalJson() {}

    /** The card's canonical form as UTF-8 bytes (RFC 8785, without {@code source}, large integers as strings, LF line ends). */
    public static byte[] of(ModelCard card) {
        try {
            // Through the JSON text rather than the objects, so that a value counts as what the JSON form says it is:
            // 3 and 3L, a float and the double it prints as, all give the same bytes. One serialization and one parse;
            // the tree is then written in canonical form directly (no second text to parse again).
            JsonNode tree = TREE.readTree(CardMappers.json().writeValueAsBytes(card));
            ((ObjectNode) tree).remove("source");
            return rfc8785(normalized(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The RFC 8785 (JCS) serialization of a JSON tree as UTF-8 bytes: members sorted by their names' UTF-16 code units,
     * no whitespace, strings minimally escaped, every number as the double it reads as, in ECMAScript's shortest form.
     * Byte for byte what {@code JsonCanonicalizer} gives for the tree's JSON text, without writing and parsing that text.
     */
    public static byte[] rfc8785(JsonNode tree) {
        StringBuilder out = new StringBuilder(4096);
        try {
            write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) throws IOException {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.size());
            o.fieldNames().forEachRemaining(names::add);
            // String.compareTo orders by UTF-16 code units, as RFC 8785 sorts member names.
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(o.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node instanceof ArrayNode a) {
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber()) {
            out.append(NumberToJSON.serializeNumber(node.doubleValue()));
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /** A string as RFC 8785 writes it: quote, backslash and control characters escaped, everything else as it is. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code node} with every integer beyond ±{@link #MAX_EXACT_INTEGER} as its digits, and every CRLF in a string as LF. */
    private static JsonNode normalized(JsonNode node) {
        if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(MAX) > 0) {
            return TextNode.valueOf(node.bigIntegerValue().toString());
        }
        if (node.isTextual() && node.textValue().indexOf('\r') >= 0) {
            return TextNode.valueOf(node.textValue().replace("\r\n", "\n"));
        }
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                e.setValue(normalized(e.getValue()));
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, normalized(a.get(i)));
            }
        }
        return node;
    }
}
