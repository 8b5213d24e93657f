package io.modelcards.hf;

import io.modelcards.card.ModelCard;
import io.modelcards.card.ReadmeSource;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes a rendered README readable back into the card it was rendered from. A built-in template wraps every part it
 * writes from captured data in a generated region ({@code <!-- modelcards:generated NAME -->} …
 * {@code <!-- /modelcards:generated -->}) and ends with the line {@code <!-- modelcards:card -->}; {@link #finish}
 * adds each region's content hash to its opening marker and replaces that line with the card comment, which carries
 * the captured values, the provenance and a hash of each human field's text. {@link ReadmeCodec#parse} then reads
 * captured fields from the comment and human fields from the visible text.
 */
public final class GeneratedReadme {
    /** The place of unknown sections before the first heading. */
    public static final String START = "start";
    /** The place of unknown sections whose place is not known. */
    public static final String END = "end";

    private GeneratedReadme() {}

    /**
     * The README text {@code readme} (front matter and body, as a template rendered it for {@code card}) with its
     * regions sealed and the card comment in place of the placeholder line; text without that line only gets its
     * regions sealed. The same card and text always give the same bytes.
     */
    public static String finish(ModelCard card, String readme) {
        String sealed = GeneratedRegions.seal(readme);
        int at = placeholder(sealed);
        if (at < 0) {
            return sealed;
        }
        int nl = sealed.indexOf('\n', at);
        int end = nl < 0 ? sealed.length() : nl + 1;
        String without = sealed.substring(0, at) + sealed.substring(end);
        ReadmeText rt;
        try {
            rt = ReadmeText.of(without, "README.md");
        } catch (InvalidInputException e) {
            return sealed; // an unclosed front matter cannot be read back: leave the text as the template wrote it
        }
        BodyReader.Read read = Readback.readBody(rt.body(), rt.bodyLine(), new Located("README.md"));
        String comment = CardComment.write(card, rt.yaml(), Readback.visible(read));
        return sealed.substring(0, at) + comment + (nl < 0 ? "" : "\n") + sealed.substring(end);
    }

    /**
     * A README that keeps the layout of {@code layout} with the captured parts of {@code fresh}: the README a merge writes.
     * {@code layout} is usually the merged card written over the previous README's layout
     * ({@code ReadmeCodec.write(card)} of a card whose {@code source} is the previous README's), and {@code fresh} the same
     * card rendered anew by a built-in template (finished, so with sealed regions). Everything of {@code layout} outside
     * its generated regions stays byte for byte, front matter included; each untouched region is replaced by the fresh
     * region of its name (the n-th of a name by the n-th), or removed when the fresh rendering has none; a region
     * edited by hand stays as the person's text, without its marker lines. A fresh region the layout lacks is inserted
     * after the nearest thing before it in the fresh rendering that the layout also has: a region, or a heading of the
     * same level and text (at the end of that heading's section); else at the end. The card comment is written anew for the result, as
     * {@link #finish} does, so the README reads back into {@code card}.
     *
     * @throws InvalidInputException when either text has a front matter that is never closed
     */
    public static String splice(String layout, String fresh, ModelCard card) throws InvalidInputException {
        return finish(card, ReadmeSplice.splice(layout, fresh));
    }

    /**
     * {@code markdown} without the lines that only a README reader needs: region markers, the card placeholder and
     * the card comment. For output that is not read back, such as the HTML page.
     */
    public static String withoutMarkers(String markdown) {
        String text = GeneratedRegions.unmark(markdown);
        int at = placeholder(text);
        if (at >= 0) {
            int nl = text.indexOf('\n', at);
            return text.substring(0, at) + (nl < 0 ? "" : text.substring(nl + 1));
        }
        CardComment.Found found = CardComment.find(text);
        return found == null ? text : text.substring(0, found.start()) + text.substring(found.end());
    }

    /**
     * Where each of the card's unknown sections ({@link ModelCard#sections()}, in order) was in the README it came
     * from: the place of the template section it followed ({@link #place}), {@code "start"} before any, or
     * {@code "end"} when the card has no README layout or its sections no longer match that layout's.
     */
    public static List<String> places(ModelCard card) {
        List<String> out = new ArrayList<>();
        if (card.source() != null) {
            String current = START;
            for (ReadmeSource.Block b : card.source().blocks()) {
                if (b.field() == null) {
                    out.add(current);
                } else {
                    Optional<TemplateSection> t = TemplateSection.byField(b.field());
                    current = t.isPresent() ? place(t.get()) : current;
                }
            }
        }
        return out.size() == card.sections().size() ? out : Collections.nCopies(card.sections().size(), END);
    }

    /** The place names of the template sections, in template order: {@code "title"}, then slugs of the headings. */
    public static List<String> places() {
        return TemplateSection.ALL.stream().map(GeneratedReadme::place).toList();
    }

    /** A template section's place name: "title", or its heading in lower case, "[optional]" left out, words joined by "_". */
    private static String place(TemplateSection t) {
        if (t.kind() == TemplateSection.Kind.TITLE) {
            return "title";
        }
        return t.heading().toLowerCase(Locale.ROOT).replace("[optional]", "").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    /** The offset of the placeholder line, or -1. */
    private static int placeholder(String text) {
        int at = text.lastIndexOf(CardComment.PLACEHOLDER);
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at = text.lastIndexOf(CardComment.PLACEHOLDER, at - 1);
        }
        return at;
    }
}
