package io.modelcards.render.card;

import static io.modelcards.render.card.ReadbackPropertyTest.canonical;
import static io.modelcards.render.card.ReadbackPropertyTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Facts;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Section;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person edits the human sections of a rendered README (seeded random edits: replace a section's text, fill a
 * placeholder, append a paragraph, add a section of their own between two sections): reading it back puts the edit in
 * its typed field with human provenance and changes nothing else, rendering again neither duplicates, moves nor drops
 * a section, and a second round is stable.
 */
class ReadbackEditTest {
    private static final Origin.Human PERSON = new Origin.Human(null, "README.md", null);
    private static final String MORE = "[More Information Needed]";

    /** The human sections a person edits, by heading line, with the field each fills. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"### Direct Use", "/uses/direct_use"},
            new String[] {"### Downstream Use [optional]", "/uses/downstream_use"},
            new String[] {"### Out-of-Scope Use", "/uses/out_of_scope_use"},
            new String[] {"## Bias, Risks, and Limitations", "/considerations/bias_risks_limitations"},
            new String[] {"### Training Data", "/training/training_data"},
            new String[] {"### Training Procedure", "/training/procedure"},
            new String[] {"#### Preprocessing [optional]", "/training/preprocessing"},
            new String[] {"#### Speeds, Sizes, Times [optional]", "/training/speeds_sizes_times"},
            new String[] {"#### Testing Data", "/evaluation/testing_data"},
            new String[] {"#### Factors", "/evaluation/factors"},
            new String[] {"#### Metrics", "/evaluation/metrics"},
            new String[] {"### Results", "/evaluation/results"},
            new String[] {"#### Summary", "/evaluation/summary"},
            new String[] {"## Model Examination [optional]", "/evaluation/examination"},
            new String[] {"### Model Architecture and Objective", "/details/architecture"},
            new String[] {"### Compute Infrastructure", "/training/compute"},
            new String[] {"## Glossary [optional]", "/details/glossary"},
            new String[] {"## More Information [optional]", "/details/more_information"},
            new String[] {"## Model Card Authors [optional]", "/details/card_authors"},
            new String[] {"## Model Card Contact", "/details/contact"});

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} .*$");

    /** Every fixture card × built-in template, with three seeds each. */
    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : Fixtures.cardNames()) {
            for (BuiltinTemplate t : BuiltinTemplate.values()) {
                for (long seed = 1; seed <= 3; seed++) {
                    out.add(Arguments.of(name, t, seed * 7919 + name.hashCode() + t.ordinal()));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} with {1}, seed {2}")
    @MethodSource("cases")
    void anEditedHumanSectionLandsInItsFieldAndRendersStably(String name, BuiltinTemplate template, long seed) throws Exception {
        ModelCard card = Fixtures.card(name);
        String readme = render(card, template);
        Random random = new Random(seed);
        String[] section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        Edit edit = edit(readme, section[0], random);

        ReadmeParse back = ReadmeCodec.parse(edit.readme(), "README.md", false);
        String again = render(back.card(), template);

        assertThat(back.problems()).as("problems").isEmpty();
        assertThat(canonical(back.card())).as("the edit in its field, nothing else changed")
                .isEqualTo(canonical(CardEdit.set(card, section[1], edit.value(), PERSON)));
        assertThat(headings(again)).as("headings after rendering again").isEqualTo(headings(readme));
        assertThat(render(ReadmeCodec.parse(again, "README.md", false).card(), template)).as("a second round").isEqualTo(again);
    }

    @ParameterizedTest(name = "{0} with {1}, seed {2}")
    @MethodSource("cases")
    void anUnknownSectionAddedBetweenTwoSectionsStaysWhereItWasPut(String name, BuiltinTemplate template, long seed)
            throws Exception {
        ModelCard card = Fixtures.card(name);
        String readme = render(card, template);
        Random random = new Random(seed);
        String before = SECTIONS.get(random.nextInt(SECTIONS.size()))[0];
        String note = "## Notes " + random.nextInt(1000);
        String edited = readme.replace("\n" + before + "\n", "\n" + note + "\n\nA note by a person.\n\n" + before + "\n");

        ReadmeParse back = ReadmeCodec.parse(edited, "README.md", false);
        String again = render(back.card(), template);

        assertThat(back.problems()).as("problems").isEmpty();
        assertThat(back.card().sections()).extracting(Section::heading).first().isEqualTo(note.substring(3));
        assertThat(back.card().sections().subList(1, back.card().sections().size())).extracting(Section::heading)
                .isEqualTo(card.sections().stream().map(Section::heading).toList());
        assertThat(back.card().provenance().originOf("/sections")).isEqualTo(PERSON.withBasis(Facts.of(back.card())));
        assertThat(canonical(back.card().withSections(card.sections()).withProvenance(card.provenance())))
                .as("nothing else changed").isEqualTo(canonical(card));
        assertThat(headings(again)).as("headings after rendering again").isEqualTo(headings(edited));
        assertThat(render(ReadmeCodec.parse(again, "README.md", false).card(), template)).as("a second round").isEqualTo(again);
    }

    /** An edited README and the value the edited section now says. */
    record Edit(String readme, String value) {}

    /** Replaces, fills or appends to the text of the section under {@code heading}, chosen by {@code random}. */
    static Edit edit(String readme, String heading, Random random) {
        int h = readme.indexOf("\n" + heading + "\n");
        assertThat(h).as("heading %s in the README", heading).isGreaterThanOrEqualTo(0);
        int start = h + heading.length() + 2;
        int end = end(readme, start);
        String content = readme.substring(start, end).strip();
        String words = "Edited text " + random.nextInt(1000) + ": written by a person, with *emphasis*.";
        boolean placeholder = content.isEmpty() || content.equals(MORE) || content.startsWith("Users (both direct");
        String value = switch (random.nextInt(3)) {
            case 0 -> words;
            case 1 -> placeholder ? words : content;
            default -> placeholder ? words : content + "\n\nA further paragraph " + random.nextInt(1000) + ".";
        };
        if (value.equals(content)) {
            value = content + " " + words;
        }
        return new Edit(readme.substring(0, start) + "\n" + value + "\n\n" + readme.substring(end), value);
    }

    /** Where a section's own text ends: at the next heading, generated region or card comment. */
    private static int end(String readme, int from) {
        int end = readme.length();
        for (String mark : List.of("\n#", "\n<!-- modelcards:")) {
            int at = readme.indexOf(mark, from - 1);
            if (at >= 0 && at + 1 < end) {
                end = at + 1;
            }
        }
        return end;
    }

    static List<String> headings(String readme) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADING.matcher(readme.replaceAll("(?s)```.*?```", ""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
