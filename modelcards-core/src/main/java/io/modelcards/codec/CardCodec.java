package io.modelcards.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.schema.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes the card's own JSON and YAML forms ({@code modelcard.json}, {@code modelcard.yaml}).
 *
 * <p>Reading checks {@code schema_version}, migrates older versions to the current one, and reports every
 * problem with its line and column. Writing is deterministic: the same card gives the same bytes.
 */
public final class CardCodec {
    private CardCodec() {}

    /** The card as pretty-printed JSON, ending with a newline. */
    public static String toJson(ModelCard card) {
        try {
            return CardMappers.json().writer(CardMappers.prettyPrinter()).writeValueAsString(card) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The card as YAML, ending with a newline. */
    public static String toYaml(ModelCard card) {
        try {
            return CardMappers.yaml().writeValueAsString(card);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses card JSON; {@code file} names the input in diagnostics. */
    public static ModelCard fromJson(String text, String file) throws InvalidInputException {
        return read(CardMappers.json(), text, file);
    }

    /** Parses card YAML; {@code file} names the input in diagnostics. */
    public static ModelCard fromYaml(String text, String file) throws InvalidInputException {
        return read(CardMappers.yaml(), text, file);
    }

    private static ModelCard read(ObjectMapper mapper, String text, String file) throws InvalidInputException {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            var p = Nesting.tooDeep(text, CardMappers.MAX_NESTING);
            throw new InvalidInputException(Diagnostic.error(file, p.line(), p.column(), "card/too-deep",
                    "nesting is deeper than " + CardMappers.MAX_NESTING + " levels here: flatten the structure"));
        } catch (JacksonException e) {
            throw new InvalidInputException(at(file, e, "card/syntax", "cannot parse: " + firstLine(e.getOriginalMessage()) + ": fix the syntax here"));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/empty", "the file is empty: write a card object with at least \"schema_version\""));
        }
        if (!tree.isObject()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/not-object", "a card must be an object (mapping), not " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        String version = Migrations.versionOf((ObjectNode) tree, file);
        try {
            if (Migrations.needsMigration(version)) {
                ObjectNode migrated = Migrations.migrate((ObjectNode) tree, version, file);
                return mapper.treeToValue(migrated, ModelCard.class);
            }
            // Bind from the text, not the tree, so that binding errors keep their line and column.
            return mapper.readValue(text, ModelCard.class);
        } catch (JacksonException e) {
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException jme ? jme.getPathReference() : null;
            String msg = BindingMessages.explain(e);
            Diagnostic d = at(file, e, "card/type", (where == null ? "" : pointer(where) + ": ") + msg);
            if (where != null) {
                // Records bind through their constructor, which buffers members, so Jackson's own location is
                // often the end of the object; the path is exact, so look it up in the text instead.
                var pos = SourceLocator.locate(mapper, text, pointer(where));
                if (pos.isPresent()) {
                    d = Diagnostic.error(file, pos.get().line(), pos.get().column(), d.code(), d.message());
                }
            }
            throw new InvalidInputException(d);
        }
    }

    private static Diagnostic at(String file, JacksonException e, String code, String message) {
        JsonLocation loc = e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
        int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        return Diagnostic.error(file, line, col, code, message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Turns Jackson's "ModelCard[\"metadata\"]->Metadata[\"tags\"]" reference into a JSON-pointer-like path. */
    private static String pointer(String ref) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\"([^\"]*)\"|(\\d+))\\]").matcher(ref);
        while (m.find()) {
            sb.append('/').append(m.group(2) != null ? m.group(2) : m.group(3));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
