package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Scores how complete a card is, section by section; see {@link CompletenessReport}. */
public final class Completeness {
    /** The placeholder the Hugging Face template writes into sections nobody filled. */
    public static final String PLACEHOLDER = "[More Information Needed]";

    private static final Pattern PLACEHOLDER_TEXT = Pattern.compile(Pattern.quote(PLACEHOLDER), Pattern.CASE_INSENSITIVE);

    private Completeness() {}

    /** The completeness of {@code card}: which fields of each section are filled, and the overall score 0–100. */
    public static CompletenessReport score(ModelCard card) {
        List<CompletenessReport.Section> sections = new ArrayList<>();
        for (Checklist.SectionSpec spec : Checklist.SECTIONS) {
            List<CompletenessReport.Field> fields = new ArrayList<>();
            for (Checklist.FieldSpec f : spec.fields()) {
                fields.add(new CompletenessReport.Field(f.pointer(), f.label(), f.part(), f.filled().test(card), f.hint()));
            }
            sections.add(new CompletenessReport.Section(spec.name(), fields));
        }
        double sum = 0;
        for (CompletenessReport.Section s : sections) {
            sum += (double) s.filled() / s.total();
        }
        int overall = (int) Math.floor(sum * 100 / sections.size() + 0.5);
        return new CompletenessReport(sections, overall);
    }

    /**
     * Whether a value holds real content: not null, not empty, not only whitespace, and not only the
     * "[More Information Needed]" placeholder (with the Markdown around it). Collections count when any element does.
     */
    public static boolean isFilled(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence s) {
            String rest = PLACEHOLDER_TEXT.matcher(s).replaceAll("");
            return rest.codePoints().anyMatch(Character::isLetterOrDigit);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().anyMatch(Completeness::isFilled);
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(Completeness::isFilled);
        }
        return true;
    }
}
