package io.modelcards.cli.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules switched off for one card: those named on the command line ({@code --suppress}) and those the card names
 * in its metadata, under {@code modelcards.suppress}.
 *
 * <p>In a README the card's list sits in the YAML front matter, where Hugging Face keeps unknown keys as they are:
 * <pre>
 * modelcards:
 *   suppress:
 *     - hf/missing-license
 *     - rule: annex-iv/1(f)
 *       reason: not a product component
 * </pre>
 * A JSON or YAML card holds the same under {@code metadata.extra}. The card's entries apply to that card only.
 */
public record Suppressions(List<Suppression> all) {
    /** The metadata key under which a card lists its suppressions. */
    public static final String KEY = "modelcards";
    private static final String POINTER = "/metadata/extra/modelcards/suppress";

    public Suppressions {
        all = List.copyOf(all);
    }

    /** The suppressions a card carries, added to these; {@code problems} gets one error per entry of the wrong shape. */
    public Suppressions withCard(ModelCard card, SourceMap source, List<Diagnostic> problems) {
        Object section = card.metadata().extra().get(KEY);
        if (section == null) {
            return this;
        }
        Object list = section instanceof Map<?, ?> m ? m.get("suppress") : null;
        if (!(list instanceof List<?> entries)) {
            problems.add(shapeError(source, "/metadata/extra/modelcards", "modelcards: must hold a list under suppress:"));
            return this;
        }
        List<Suppression> merged = new ArrayList<>(all);
        for (int i = 0; i < entries.size(); i++) {
            try {
                merged.add(entry(entries.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(shapeError(source, POINTER + "/" + i, e.getMessage()));
            }
        }
        return new Suppressions(merged);
    }

    /** The suppression that switches off {@code problem}'s rule, the command line's first, or empty. */
    public Optional<Suppression> match(Diagnostic problem) {
        return all.stream().filter(s -> s.covers(problem.code())).findFirst();
    }

    private static Suppression entry(Object e) {
        if (e instanceof String id) {
            return new Suppression(id, true, null);
        }
        if (e instanceof Map<?, ?> m && m.get("rule") instanceof String id
                && (m.get("reason") == null || m.get("reason") instanceof String)) {
            return new Suppression(id, true, (String) m.get("reason"));
        }
        throw new IllegalArgumentException("each entry of suppress: is a rule id, or rule: ID with an optional reason: TEXT");
    }

    private static Diagnostic shapeError(SourceMap source, String pointer, String message) {
        SourceMap.Position at = source.locate(pointer).orElse(new SourceMap.Position(0, 0));
        return Diagnostic.error(source.file(), at.line(), at.column(), "validate/suppress-shape", message).atPointer(pointer);
    }
}
