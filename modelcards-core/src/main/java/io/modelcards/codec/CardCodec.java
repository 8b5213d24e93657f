package io.modelcards.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.schema.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads and writes the card's own JSON and YAML forms ({@code modelcard.json}, {@code modelcard.yaml}).
 *
 * <p>Reading checks {@code schema_version}, migrates older versions to the current one, and reports every
 * problem with its line and column. Writing is deterministic: the same card gives the same bytes.
 */
public final class CardCodec {
    private static final JsonDocuments.Kind CARD = new JsonDocuments.Kind("card", "check its spelling against the card schema "
            + "(schema/modelcard-1.0.schema.json), or move it under governance.custom_fields");

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
        JsonNode tree = JsonDocuments.tree(mapper, text, file, CARD);
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/empty",
                    "the file is empty: write a card object with at least \"schema_version\""));
        }
        if (!tree.isObject()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/not-object",
                    "a card must be an object (mapping), not " + tree.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        String version = Migrations.versionOf((ObjectNode) tree, file);
        if (Migrations.needsMigration(version)) {
            ObjectNode migrated = Migrations.migrate((ObjectNode) tree, version, file);
            return JsonDocuments.read(mapper, migrated, text, file, ModelCard.class, CARD);
        }
        // Bind from the text, not the tree, so that binding errors keep their line and column.
        return JsonDocuments.read(mapper, text, file, ModelCard.class, CARD);
    }
}
