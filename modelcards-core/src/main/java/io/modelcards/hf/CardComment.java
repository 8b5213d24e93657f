package io.modelcards.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardMappers;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The card comment at the end of a rendered README: one HTML comment {@code <!-- modelcards:card JSON -->} that carries
 * what the visible text cannot. Its JSON object:
 * <ul>
 *   <li>{@code "modelcards_card": 1}, the comment's format;</li>
 *   <li>{@code "front_matter"}: the hash of the front matter's YAML text, so that an edited front matter is read
 *       from the YAML and an untouched one gives back the card's typed metadata;</li>
 *   <li>{@code "human"}: for each field a person writes in the README's sections (and {@code /sections}, the unknown
 *       sections), by JSON Pointer, {@code "hash"}: the hash of what the visible text says, and {@code "value"}: the
 *       card's value, only where the text does not say exactly that (a placeholder, a fallback, a lossy display);</li>
 *   <li>{@code "card"}: the card's JSON form without the human fields, the unknown sections and the README layout:
 *       schema version, captured values and provenance.</li>
 * </ul>
 * The bytes are deterministic (the card's JSON form, one line) and hold no {@code --} and no {@code <}: a {@code -}
 * that follows another, and every {@code <}, are written as JSON's six-character escapes of U+002D and U+003C, which
 * read as the same characters, so that the comment cannot end early or look like markup (a redacted value is
 * {@code <redacted>} again once read). Hashes are {@link GeneratedRegions#hash}.
 */
final class CardComment {
    /** The line a template writes where the comment goes. */
    static final String PLACEHOLDER = "<!-- modelcards:card -->";
    static final String OPEN = "<!-- modelcards:card";
    static final int FORMAT = 1;

    private static final ObjectWriter COMPACT = CardMappers.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * Where the comment is in a README body.
     *
     * @param start offset of the line that opens it
     * @param end   offset just after the line end that follows its {@code -->}
     * @param json  the text between the opening word and {@code -->}
     * @param line  1-based line of its start within the body
     */
    record Found(int start, int end, String json, int line) {}

    private CardComment() {}

    /** The last card comment of {@code body} (the placeholder is none), or null. */
    static Found find(String body) {
        Found found = null;
        int pos = 0;
        int line = 1;
        for (String l : MarkdownBlocks.lines(body)) {
            if (l.startsWith(OPEN) && !l.strip().equals(PLACEHOLDER)
                    && (l.length() == OPEN.length() || Character.isWhitespace(l.charAt(OPEN.length())))) {
                int close = body.indexOf("-->", pos + OPEN.length());
                if (close >= 0) {
                    int nl = body.indexOf('\n', close);
                    found = new Found(pos, nl < 0 ? body.length() : nl + 1, body.substring(pos + OPEN.length(), close), line);
                }
            }
            pos += l.length();
            line++;
        }
        return found;
    }

    /** The comment for {@code card} whose README's front matter is {@code yaml} and whose visible text says {@code visible}. */
    static String write(ModelCard card, String yaml, Map<String, Object> visible) {
        ObjectNode root = CardMappers.json().createObjectNode();
        root.put("modelcards_card", FORMAT);
        root.put("front_matter", GeneratedRegions.hash(yaml == null ? "" : yaml));
        ObjectNode human = root.putObject("human");
        for (Map.Entry<String, Object> e : visible.entrySet()) {
            ObjectNode h = human.putObject(e.getKey());
            h.put("hash", hash(e.getValue()));
            Object value = Readback.value(card, e.getKey());
            if (!same(value, e.getValue())) {
                h.set("value", CardMappers.json().valueToTree(value));
            }
        }
        ObjectNode json = CardMappers.json().valueToTree(card);
        json.remove(List.of("source", "sections"));
        for (String pointer : visible.keySet()) {
            remove(json, pointer);
        }
        root.set("card", json);
        return OPEN + " " + text(root).replace("<", "\\u003c").replace("--", "-\\u002d") + " -->";
    }

    /** The hash of a field's value: of its compact JSON, CRLF read as LF. */
    static String hash(Object value) {
        return GeneratedRegions.hash(text(CardMappers.json().valueToTree(value)));
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String text(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(ObjectNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
        if (parent instanceof ObjectNode o) {
            o.remove(pointer.substring(slash + 1));
        }
    }
}
