package io.modelcards.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.diagnostic.SourceMap.Position;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a JSON Pointer points in JSON or YAML text, so that a problem found on the parsed value can be
 * reported at its line and column in the file.
 */
public final class SourceLocator {
    private SourceLocator() {}

    /**
     * The position of the key (for an object member) or the value (for an array element) that {@code pointer}
     * names, or of the deepest existing ancestor when the pointer names something absent. Empty if the text does not parse.
     */
    public static Optional<Position> locate(ObjectMapper mapper, String text, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer.isEmpty() || pointer.startsWith("/") ? pointer : "/" + pointer);
        Position best = new Position(1, 1);
        int bestDepth = 0;
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonPointer here = t == JsonToken.FIELD_NAME
                        ? p.getParsingContext().pathAsPointer()
                        : t.isStructStart() ? p.getParsingContext().getParent() == null ? JsonPointer.empty()
                                : p.getParsingContext().getParent().pathAsPointer()
                        : p.getParsingContext().pathAsPointer();
                // An object or array that is itself an array element opens a new context; its parent is the array.
                boolean element = t.isStructStart()
                        ? p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inArray()
                        : !t.isStructEnd() && p.getParsingContext().inArray();
                if (t == JsonToken.FIELD_NAME || element) {
                    int depth = matchDepth(here, target);
                    if (depth > bestDepth) {
                        JsonLocation loc = p.currentTokenLocation();
                        best = new Position(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
                        bestDepth = depth;
                        if (depth == depthOf(target)) {
                            return Optional.of(best);
                        }
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** How many leading segments of {@code target} {@code here} equals, or 0 if {@code here} is not a prefix of it. */
    private static int matchDepth(JsonPointer here, JsonPointer target) {
        int d = 0;
        JsonPointer a = here;
        JsonPointer b = target;
        while (!a.matches()) {
            if (b.matches() || !a.getMatchingProperty().equals(b.getMatchingProperty())) {
                return 0;
            }
            a = a.tail();
            b = b.tail();
            d++;
        }
        return d;
    }

    private static int depthOf(JsonPointer p) {
        int d = 0;
        for (JsonPointer q = p; !q.matches(); q = q.tail()) {
            d++;
        }
        return d;
    }
}
