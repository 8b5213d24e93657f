package io.modelcards.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardReader;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The demo model's human documentation (uses, limitations, ethics, owners, risk), shipped as {@value #FILE} in the
 * README's own section layout, and its merge into the captured card.
 *
 * <p>The file is read with the same README reader as any card, so a section or bullet reads into the demo card exactly
 * when the importer reads it in a person's README. What a person writes and what capture records stay apart: a field
 * the run captured keeps its captured value and origin.
 */
public final class DemoDocumentation {
    /** The file name the documentation is shipped under, beside this class, and the name its origin records. */
    public static final String FILE = "documentation.md";

    private DemoDocumentation() {}

    /** The documentation's Markdown text, as shipped. */
    public static String text() {
        try (InputStream in = DemoDocumentation.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the modelcards jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documentation as a card: the fields the README reader finds in it, each with its origin. */
    public static ModelCard card() {
        try {
            return CardReader.read(text(), FILE, CardFormat.README, false).card();
        } catch (InvalidInputException e) {
            // The file ships inside the jar and a test reads it: a problem here is a defect of the build, not of input.
            throw new IllegalStateException(FILE + " does not read as a README: " + e.problems(), e);
        }
    }

    /**
     * {@code captured} with every field the documentation fills set to the documentation's value, recorded as a
     * person's text in {@value #FILE} (no author or time, so the same documentation gives the same card). Not merged:
     * a field whose captured origin is automatic and which has a value (captured fields stay captured), the model's
     * name (the run names it), front matter metadata and sections the reader does not know.
     */
    public static ModelCard mergeInto(ModelCard captured) {
        ModelCard doc = card();
        JsonNode docTree = CardMappers.json().valueToTree(doc);
        JsonNode capturedTree = CardMappers.json().valueToTree(captured);
        Origin origin = new Origin.Human(null, FILE, null);
        ModelCard card = captured;
        // Provenance keeps the reader's order, so the edits, and the card they give, are the same on every run.
        for (Map.Entry<String, Origin> e : doc.provenance().origins().entrySet()) {
            String pointer = e.getKey();
            JsonNode value = docTree.at(pointer);
            if (!(e.getValue() instanceof Origin.Human) || !merged(pointer) || absent(value)
                    || captured.provenance().originOf(pointer) instanceof Origin.Auto && !absent(capturedTree.at(pointer))) {
                continue;
            }
            try {
                card = CardEdit.set(card, pointer, value, origin);
            } catch (InvalidInputException ex) {
                throw new IllegalStateException(FILE + " gives " + pointer + " a value the card refuses: " + ex.problems(), ex);
            }
        }
        return card;
    }

    private static boolean merged(String pointer) {
        return !pointer.equals("/details/name") && !pointer.equals("/metadata") && !pointer.startsWith("/metadata/")
                && !pointer.equals("/sections") && !pointer.startsWith("/sections/");
    }

    private static boolean absent(JsonNode v) {
        return v.isMissingNode() || v.isNull() || (v.isContainerNode() && v.isEmpty()) || (v.isTextual() && v.asText().isBlank());
    }
}
