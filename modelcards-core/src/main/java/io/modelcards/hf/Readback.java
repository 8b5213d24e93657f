package io.modelcards.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.ReadmeSource;
import io.modelcards.card.Section;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.staleness.Staleness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a README that modelcards rendered, with its card comment ({@link CardComment}): captured fields from the
 * comment, human fields from the visible sections. A human field whose text hashes as recorded keeps its recorded
 * value and provenance; a changed one takes the text and {@code Origin.Human(null, file, null)}, recorded as written
 * against the card's facts as read ({@link Staleness#stamp}). An edited generated
 * region is a {@code readme/generated-edited} warning and its text stays in place as the person's own text. A
 * corrupt comment is a {@code readme/card-comment-corrupt} warning, and the README is then read as any Hub README.
 */
final class Readback {
    /** The fields a person writes in the README's sections, then {@code /sections}, in template order. */
    static final List<String> HUMAN = human();
    static final String SECTIONS = "/sections";

    /** The field of the source block that holds the card comment; it is written back as it is. */
    static final String CARD_BLOCK = "#card";

    private Readback() {}

    private static List<String> human() {
        List<String> out = new ArrayList<>();
        for (TemplateSection s : TemplateSection.ALL) {
            for (String f : SectionCodec.fields(s)) {
                if (!out.contains(f)) {
                    out.add(f);
                }
            }
        }
        if (!out.contains(SectionCodec.LICENSE)) {
            out.add(SectionCodec.LICENSE); // the License bullet fills the licence when the front matter has none
        }
        out.add(SECTIONS);
        return List.copyOf(out);
    }

    /** What the visible text of {@code body} says for each human field (null when it says nothing), with the blocks. */
    static Map<String, Object> visible(BodyReader.Read read) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : HUMAN) {
            out.put(p, p.equals(SECTIONS) ? read.sections() : read.values().get(p));
        }
        return out;
    }

    /** The body read with generated regions owning their headings and left out of every field. */
    static BodyReader.Read readBody(String body, int firstLine, Located at) {
        return BodyReader.read(MarkdownBlocks.split(body, firstLine, GeneratedRegions.find(body)), at, GeneratedRegions::strip);
    }

    /** Whether the comment records the hash of the README's front matter as it is: then the YAML was not edited. */
    static boolean frontMatterUntouched(ReadmeText rt, CardComment.Found found) {
        try {
            JsonNode root = CardMappers.json().readTree(found.json());
            return root != null && GeneratedRegions.hash(rt.yaml() == null ? "" : rt.yaml()).equals(root.path("front_matter").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The human entries of the card comment among a README's source blocks, by pointer; empty when there is none.
     * A writer uses them to tell a field the card still has as rendered from one a tool changed.
     */
    static Map<String, JsonNode> recorded(List<ReadmeSource.Block> blocks) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (ReadmeSource.Block b : blocks) {
            CardComment.Found found = CARD_BLOCK.equals(b.field()) ? CardComment.find(b.text()) : null;
            if (found != null) {
                try {
                    JsonNode human = CardMappers.json().readTree(found.json()).path("human");
                    human.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
                } catch (JsonProcessingException e) {
                    return Map.of(); // a corrupt comment records nothing
                }
            }
        }
        return out;
    }

    /**
     * Whether a field still is as rendered: the text says what the comment recorded ({@code visible} hashes as
     * recorded) and the card holds the value recorded beside it ({@code now}), although the two differ.
     */
    static boolean asRendered(Map<String, JsonNode> recorded, String pointer, Object visible, Object now) {
        JsonNode h = recorded.get(pointer);
        return h != null && h.has("value") && CardComment.hash(visible).equals(h.path("hash").asText())
                && Objects.equals(typed(pointer, h.get("value")), now);
    }

    /** The value of a human field in {@code card}. */
    static Object value(ModelCard card, String pointer) {
        return pointer.equals(SECTIONS) ? card.sections() : CardFields.get(card, pointer);
    }

    /**
     * The card of a README with a card comment, or null when the comment is corrupt (a warning then says why, and
     * the caller reads the README as any Hub README).
     */
    static ReadmeParse read(String text, ReadmeText rt, MetadataReader.Read meta, CardComment.Found found, Located at)
            throws InvalidInputException {
        String file = at.file;
        int commentLine = rt.bodyLine() + found.line() - 1;
        JsonNode root;
        ModelCard base;
        try {
            root = CardMappers.json().readTree(found.json());
            if (root == null || root.path("modelcards_card").asInt() != CardComment.FORMAT || !root.path("card").isObject()
                    || !root.path("human").isObject()) {
                throw new IllegalArgumentException("it lacks the card or the human fields");
            }
            base = CardCodec.fromJson(root.get("card").toString(), file);
        } catch (InvalidInputException | IllegalArgumentException | JsonProcessingException e) {
            at.warnings.add(Diagnostic.warning(file, commentLine, 1, "readme/card-comment-corrupt",
                    "the modelcards card comment at the end of this README cannot be read, so the captured values it held are "
                            + "not used and the README is read from its text alone: render the card again from its JSON or YAML "
                            + "form to restore it"));
            return null;
        }
        String body = rt.body().substring(0, found.start()) + rt.body().substring(found.end());
        body = markEdited(body, rt.bodyLine(), at);
        BodyReader.Read read = readBody(body, rt.bodyLine(), at);
        Map<String, Object> visible = visible(read);
        JsonNode human = root.get("human");
        Provenance p = base.provenance();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Section> sections = read.sections();
        List<String> edited = new ArrayList<>();
        for (Map.Entry<String, Object> e : visible.entrySet()) {
            String pointer = e.getKey();
            JsonNode h = human.get(pointer);
            Object value = e.getValue();
            if (h != null && CardComment.hash(value).equals(h.path("hash").asText())) {
                if (h.has("value")) {
                    value = typed(pointer, h.get("value"));
                }
            } else if (CardFields.present(value)) {
                p = p.with(pointer, new Origin.Human(null, file, null));
                edited.add(pointer);
            } else {
                p = without(p, pointer);
            }
            if (pointer.equals(SECTIONS)) {
                @SuppressWarnings("unchecked") // a List<Section> by the branch above
                List<Section> s = (List<Section>) value;
                sections = s;
            } else {
                values.put(pointer, value);
            }
        }
        Metadata metadata = base.metadata();
        if (!GeneratedRegions.hash(rt.yaml() == null ? "" : rt.yaml()).equals(root.path("front_matter").asText())) {
            metadata = meta.metadata();
            p = p.with("/metadata", new Origin.Human(null, file, null));
        }
        List<ReadmeSource.Block> blocks = new ArrayList<>(read.blocks());
        blocks.add(new ReadmeSource.Block(null, 0, rt.body().substring(found.start(), found.end()), CARD_BLOCK));
        ReadmeSource src = new ReadmeSource(rt.lineEnding(), rt.bom(), rt.openFence(), rt.yaml(), rt.closeFence(),
                meta.keys(), meta.scalarKeys(), blocks, text.endsWith("\n"));
        ModelCard card = CardFields.with(base.withMetadata(metadata).withSections(sections), values).withProvenance(p);
        for (String pointer : edited) {
            card = Staleness.stamp(card, pointer); // a person's new text is written against the card's facts as they are
        }
        return new ReadmeParse(card.withSource(src), new PositionMap(file, at.positions), at.warnings);
    }

    /** {@code body} with each edited region's marker lines blanked, so that its text reads as the person's own. */
    private static String markEdited(String body, int firstLine, Located at) {
        StringBuilder out = new StringBuilder(body.length());
        int pos = 0;
        for (GeneratedRegions.Region r : GeneratedRegions.find(body)) {
            if (!r.edited()) {
                continue;
            }
            at.warnings.add(Diagnostic.warning(at.file, firstLine + r.line() - 1, 1, "readme/generated-edited",
                    "the generated part \"" + r.name() + "\" was edited: its text is kept in place as your own text, and the "
                            + "captured values it shows stay as they were and are written anew on the next render. To change a "
                            + "captured value, edit the card's JSON or YAML form; to add your own words, write them in a section"));
            out.append(body, pos, r.start()).append('\n').append(r.inner()).append('\n');
            pos = r.end();
        }
        return out.append(body, pos, body.length()).toString();
    }

    /** A recorded value as its field's type, read through the card's own JSON binding (no per-field list to keep). */
    private static Object typed(String pointer, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        ObjectNode root = CardMappers.json().valueToTree(ModelCard.empty());
        String[] steps = pointer.substring(1).split("/");
        ObjectNode at = root;
        for (int k = 0; k < steps.length - 1; k++) {
            at = at.withObjectProperty(steps[k]);
        }
        at.set(steps[steps.length - 1], value);
        return value(CardMappers.json().convertValue(root, ModelCard.class), pointer);
    }

    private static Provenance without(Provenance p, String pointer) {
        Map<String, Origin> m = new LinkedHashMap<>(p.origins());
        m.remove(pointer);
        return new Provenance(m);
    }
}
