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
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;

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
            // 3 and 3L, a float and the double it prints as, all give the same bytes.
            JsonNode tree = TREE.readTree(CardMappers.json().writeValueAsString(card));
            ((ObjectNode) tree).remove("source");
            return new JsonCanonicalizer(TREE.writeValueAsString(normalized(tree))).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
