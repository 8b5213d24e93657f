package io.modelcards.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.util.List;

/**
 * Reads a JSON or YAML document (a card, a dataset profile) with one translation of Jackson's errors into located
 * diagnostics: syntax errors at their line and column, binding errors at the field they concern, named by its JSON
 * Pointer in the message and in {@link Diagnostic#pointer()}. Messages describe JSON shapes, never Java classes.
 */
final class JsonDocuments {
    private JsonDocuments() {}

    /**
     * What differs between kinds of document.
     *
     * @param codePrefix         the first part of every diagnostic code, e.g. {@code card} for {@code card/syntax}
     * @param unknownFieldAdvice what to tell the user after "unknown field "x": "
     */
    record Kind(String codePrefix, String unknownFieldAdvice) {}

    /** The document's tree; a syntax error or too deep a nesting is reported where it happens. */
    static JsonNode tree(ObjectMapper mapper, String text, String file, Kind kind) throws InvalidInputException {
        try {
            return mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            SourceMap.Position p = Nesting.tooDeep(text, CardMappers.MAX_NESTING);
            throw new InvalidInputException(Diagnostic.error(file, p.line(), p.column(), kind.codePrefix() + "/too-deep",
                    "nesting is deeper than " + CardMappers.MAX_NESTING + " levels here: flatten the structure"));
        } catch (JacksonException e) {
            throw new InvalidInputException(at(file, e, kind.codePrefix() + "/syntax",
                    "cannot parse: " + firstLine(e.getOriginalMessage()) + ": fix the syntax here"));
        }
    }

    /** {@code text} bound to {@code type}; binding errors are located in {@code text}. */
    static <T> T read(ObjectMapper mapper, String text, String file, Class<T> type, Kind kind) throws InvalidInputException {
        try {
            return mapper.readValue(text, type);
        } catch (JacksonException e) {
            throw new InvalidInputException(bindingError(mapper, text, file, e, kind));
        }
    }

    /** {@code tree} (e.g. a migrated form of {@code text}) bound to {@code type}; binding errors are located in {@code text}. */
    static <T> T read(ObjectMapper mapper, JsonNode tree, String text, String file, Class<T> type, Kind kind)
            throws InvalidInputException {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new InvalidInputException(bindingError(mapper, text, file, e, kind));
        }
    }

    private static Diagnostic bindingError(ObjectMapper mapper, String text, String file, JacksonException e, Kind kind) {
        String code = kind.codePrefix() + "/type";
        String message = BindingMessages.explain(e, kind.unknownFieldAdvice());
        if (!(e instanceof JsonMappingException jme)) {
            return at(file, e, code, message);
        }
        String pointer = pointer(jme.getPath());
        Diagnostic d = at(file, e, code, (pointer.isEmpty() ? "/" : pointer) + ": " + message).atPointer(pointer);
        // Records bind through their constructor, which buffers members, so Jackson's own location is often the end
        // of the object; the path is exact, so look it up in the text instead.
        return SourceLocator.locate(mapper, text, pointer)
                .map(p -> new Diagnostic(d.severity(), file, p.line(), p.column(), d.code(), d.message(), d.pointer()))
                .orElse(d);
    }

    /** Jackson's path to the failing value as a JSON Pointer (RFC 6901: "~" and "/" in names escaped). */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            }
        }
        return sb.toString();
    }

    private static Diagnostic at(String file, JacksonException e, String code, String message) {
        JsonLocation loc = e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
        int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        return Diagnostic.error(file, line, col, code, message);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "malformed input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
