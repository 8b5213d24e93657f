package io.modelcards.standards.internal.mct;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelcards.codec.SourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON document being read into a card: its tree, and every problem found so far, each located at its line and
 * column. Readers ask for values by JSON Pointer and get null (with a problem recorded) when a value has the wrong
 * shape, so that one pass reports every problem; {@link #finish()} throws when there was any.
 */
public final class JsonInput {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final String text;
    private final String file;
    private final String codePrefix;
    private final JsonNode root;
    private final List<Diagnostic> problems = new ArrayList<>();

    private JsonInput(String text, String file, String codePrefix, JsonNode root) {
        this.text = text;
        this.file = file;
        this.codePrefix = codePrefix;
        this.root = root;
    }

    /**
     * Parses {@code text}, which must be one JSON object.
     *
     * @param what how messages name the expected document, e.g. "a Model Card Toolkit model card"
     */
    public static JsonInput parse(String text, String file, String codePrefix, String what) throws InvalidInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            JsonLocation l = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("invalid JSON");
            throw new InvalidInputException(Diagnostic.error(file, l == null ? 0 : Math.max(1, l.getLineNr()),
                    l == null ? 0 : Math.max(1, l.getColumnNr()), codePrefix + "/syntax",
                    "cannot parse as JSON: " + message + ": fix the syntax here"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, codePrefix + "/shape",
                    "expected " + what + " (a JSON object), found " + kind(root) + ": export it again or check the file"));
        }
        return new JsonInput(text, file, codePrefix, root);
    }

    /** The whole document. */
    public JsonNode root() {
        return root;
    }

    /** The node at {@code pointer}, or null when absent or JSON null. */
    public JsonNode at(String pointer) {
        JsonNode n = root.at(pointer);
        return n.isMissingNode() || n.isNull() ? null : n;
    }

    /** The text at {@code pointer}, or null when absent (or not text, which is recorded as a problem). */
    public String text(String pointer) {
        JsonNode n = at(pointer);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            problem(pointer, "type", pointer + ": expected text, found " + kind(n));
            return null;
        }
        return n.textValue();
    }

    /** The number at {@code pointer}, or null when absent (or not a number, which is recorded). */
    public Double number(String pointer) {
        JsonNode n = at(pointer);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            problem(pointer, "type", pointer + ": expected a number, found " + kind(n));
            return null;
        }
        return n.doubleValue();
    }

    /** The number written as text at {@code pointer} (as MCT writes metric values), or null when absent or not one. */
    public Double numberText(String pointer) {
        String s = text(pointer);
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            problem(pointer, "number", pointer + ": expected a number written as text, found \"" + s + "\": write it like \"0.91\"");
            return null;
        }
    }

    /** The number of elements of the array at {@code pointer}: 0 when absent; a non-array is recorded and counts 0. */
    public int size(String pointer) {
        JsonNode n = at(pointer);
        if (n == null) {
            return 0;
        }
        if (!n.isArray()) {
            problem(pointer, "type", pointer + ": expected a list, found " + kind(n));
            return 0;
        }
        return n.size();
    }

    /** Whether the node at {@code pointer} is an object; absent is fine (false), anything else is recorded. */
    public boolean isObject(String pointer) {
        JsonNode n = at(pointer);
        if (n != null && !n.isObject()) {
            problem(pointer, "type", pointer + ": expected an object, found " + kind(n));
            return false;
        }
        return n != null;
    }

    /** Records that the object at {@code pointer} has a member other than {@code known}. */
    public void onlyKnown(String pointer, Set<String> known, String advice) {
        JsonNode n = at(pointer);
        if (n == null || !n.isObject()) {
            return;
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                String p = Pointers.child(pointer, name);
                problem(p, "unknown-field", p + ": unknown field \"" + name + "\": " + advice);
            }
        });
    }

    /** Records a problem at {@code pointer}; {@code code} is the part after the format's prefix. */
    public void problem(String pointer, String code, String message) {
        Position p = SourceLocator.locate(MAPPER, text, pointer).orElse(new Position(1, 1));
        problems.add(Diagnostic.error(file, p.line(), p.column(), codePrefix + "/" + code, message));
    }

    /** Throws with every problem recorded, if there is any. */
    public void finish() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return n.isArray() ? "a list" : "an object";
    }
}
