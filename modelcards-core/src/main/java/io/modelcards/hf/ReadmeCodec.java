package io.modelcards.hf;

import io.modelcards.card.Metadata;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.card.ReadmeSource;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Hugging Face README.md (YAML front matter plus Markdown) into a {@link ModelCard} and writes a card back
 * as a README, losslessly: an unchanged card read from a README writes back the same bytes, and an edited one changes
 * only the keys and sections that were edited.
 *
 * <p>Imported values are marked as written by a person ({@link Origin.Human} with the README's file name): a README
 * records no capture, and whoever committed it vouches for its text. A README that modelcards rendered carries a card
 * comment ({@link GeneratedReadme}) and reads back into the card it was rendered from, the person's edits included.
 */
public final class ReadmeCodec {
    private ReadmeCodec() {}

    /**
     * Reads README text. {@code file} names the input in diagnostics and provenance. Under {@code lenient} an invalid
     * {@code model-index} is kept as an unknown key with a warning instead of failing (huggingface_hub's
     * {@code ignore_metadata_errors}).
     *
     * @throws InvalidInputException with every problem found, each located at file:line:col with a rule code
     */
    public static ReadmeParse parse(String text, String file, boolean lenient) throws InvalidInputException {
        try {
            return read(text, file, lenient);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours or of the YAML parser must still reach the user as a located error, not a stack trace.
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "hf/unreadable",
                    "cannot read this README (" + e.getClass().getSimpleName() + "): check the front matter's YAML"));
        }
    }

    private static ReadmeParse read(String text, String file, boolean lenient) throws InvalidInputException {
        ReadmeText rt = ReadmeText.of(text, file);
        Located at = new Located(file);
        CardComment.Found comment = CardComment.find(rt.body());
        if (comment != null && Readback.frontMatterUntouched(rt, comment)) {
            // The front matter is as modelcards wrote it, so the typed metadata comes from the card comment and what
            // our reader would say of the YAML (huggingface_hub's shapes it refuses) does not matter.
            Located front = new Located(file);
            MetadataReader.Read meta = front(rt, front, true);
            at.positions.putAll(front.positions);
            ReadmeParse rendered = Readback.read(text, rt, meta, comment, at);
            if (rendered != null) {
                return rendered;
            }
        }
        MetadataReader.Read meta = front(rt, at, lenient);
        if (!at.errors.isEmpty()) {
            throw new InvalidInputException(at.errors);
        }
        if (comment != null && !Readback.frontMatterUntouched(rt, comment)) {
            ReadmeParse rendered = Readback.read(text, rt, meta, comment, at);
            if (rendered != null) {
                return rendered;
            }
        }
        BodyReader.Read body = BodyReader.read(rt.body(), rt.bodyLine(), at);
        Map<String, Object> values = body.values();
        if (meta.metadata().license() != null) {
            values = new LinkedHashMap<>(values);
            values.remove(SectionCodec.LICENSE); // the front matter's licence wins over the License bullet
        }
        ModelCard card = CardFields.with(ModelCard.empty().withMetadata(meta.metadata()).withSections(body.sections()), values);
        card = HubFields.with(card, values);
        Provenance p = Provenance.EMPTY;
        Origin human = new Origin.Human(null, file);
        if (rt.yaml() != null) {
            p = p.with("/metadata", human);
        }
        for (String pointer : values.keySet()) {
            p = p.with(pointer, human);
        }
        if (!body.sections().isEmpty()) {
            p = p.with("/sections", human);
        }
        ReadmeSource src = new ReadmeSource(rt.lineEnding(), rt.bom(), rt.openFence(), rt.yaml(), rt.closeFence(),
                meta.keys(), meta.scalarKeys(), body.blocks(), text.endsWith("\n"));
        return new ReadmeParse(card.withProvenance(p).withSource(src), new PositionMap(file, at.positions), at.warnings);
    }

    /** The front matter's metadata; a front matter that is not a mapping is an error. */
    private static MetadataReader.Read front(ReadmeText rt, Located at, boolean lenient) throws InvalidInputException {
        if (rt.yaml() == null) {
            return new MetadataReader.Read(Metadata.EMPTY, List.of(), List.of());
        }
        YNode root = YamlComposer.compose(rt.yaml(), at.file, 2);
        if (root instanceof YNode.Map m) {
            return MetadataReader.read(m, at, lenient);
        }
        if (root != null) {
            throw new InvalidInputException(Diagnostic.error(at.file, root.line(), root.column(), "hf/front-matter-type",
                    "the front matter must be a mapping of keys to values (such as `license: mit`), not "
                            + (root instanceof YNode.Seq ? "a list" : "a single value")));
        }
        return new MetadataReader.Read(Metadata.EMPTY, List.of(), List.of());
    }

    /**
     * The card as README text. A card read from a README (with {@link ModelCard#source()}) keeps the original bytes
     * of everything that did not change; any other card gets front matter as huggingface_hub writes it (PyYAML dump of
     * {@link HfMetadata#toDict(Metadata)}) and body sections in the HF default template's order.
     */
    public static String write(ModelCard card) {
        ReadmeSource src = card.source();
        if (src == null) {
            return fresh(card);
        }
        String le = src.lineEnding() == null ? "\n" : src.lineEnding();
        Metadata md = frontMatterMetadata(HfMetadata.forReadme(card), src);
        StringBuilder out = new StringBuilder();
        if (src.bom()) {
            out.append('\uFEFF');
        }
        if (src.frontMatter() != null) {
            out.append(src.openFence()).append(FrontMatterWriter.edit(src, md, le)).append(src.closeFence());
        } else {
            Map<String, Object> d = HfMetadata.toDict(md, src.scalarKeys(), src.metadataKeys());
            if (!d.isEmpty()) {
                out.append("---").append(le).append(FrontMatterWriter.dump(d, md.plainScalars(), le)).append("---").append(le);
            }
        }
        out.append(BodyWriter.edit(card, src, le));
        return out.toString();
    }

    /**
     * The metadata the front matter is written from: without the licence when the front matter had none and the
     * licence still is what the body's License bullet says, so that a README whose licence only a bullet names is
     * written back as it was.
     */
    private static Metadata frontMatterMetadata(Metadata md, ReadmeSource src) {
        if (md.license() == null || src.metadataKeys().contains("license")) {
            return md;
        }
        for (ReadmeSource.Block b : src.blocks()) {
            if ("/details/description".equals(b.field())) {
                TemplateSection t = TemplateSection.byField(b.field()).orElseThrow();
                Map<String, Object> v = SectionCodec.read(t, b.heading(), BodyReader.afterHeading(b.text()));
                return v != null && md.license().equals(v.get(SectionCodec.LICENSE)) ? md.withLicense(null) : md;
            }
        }
        return md;
    }

    private static String fresh(ModelCard card) {
        Metadata md = HfMetadata.forReadme(card);
        Map<String, Object> d = HfMetadata.toDict(md);
        String body = BodyWriter.fresh(card, "\n");
        String front = d.isEmpty() ? "" : "---\n" + FrontMatterWriter.dump(d, md.plainScalars(), "\n") + "---\n";
        String text = front + (front.isEmpty() || body.isEmpty() ? "" : "\n") + body;
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
