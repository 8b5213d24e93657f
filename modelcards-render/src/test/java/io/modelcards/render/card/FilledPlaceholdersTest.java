package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.RiskRating;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmePlaces;
import io.modelcards.testing.Fixtures;
import io.modelcards.validate.Completeness;
import io.modelcards.validate.CompletenessReport;
import io.modelcards.validate.CompletenessReport.Part;
import io.modelcards.validate.RulePack;
import io.modelcards.validate.ValidationOptions;
import io.modelcards.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a person documenting a model does: render the card with a built-in template, replace every placeholder in
 * the README with text, and import it. Every field of the {@code complete} pack that a README holds is then filled,
 * so a captured card documented this way scores 100.
 */
class FilledPlaceholdersTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final Origin PERSON = new Origin.Human(null, "README.md", null);
    private static final Pattern MORE = Pattern.compile(Pattern.quote(Completeness.PLACEHOLDER));

    /** The captured fixture card with every human field of the checklist emptied. */
    private static ModelCard capturedOnly() throws InvalidInputException {
        ModelCard card = Fixtures.card(GoldenOutputTest.FULL);
        for (CompletenessReport.Field f : fields(card)) {
            if (f.part() == Part.HUMAN && !f.pointer().equals("/governance/risk")) {
                card = CardEdit.remove(card, f.pointer(), PERSON);
            }
        }
        return card.withGovernance(card.governance().withRisk(RiskRating.UNKNOWN));
    }

    private static List<CompletenessReport.Field> fields(ModelCard card) {
        List<CompletenessReport.Field> out = new ArrayList<>();
        Completeness.score(card).sections().forEach(s -> out.addAll(s.fields()));
        return out;
    }

    /** The README as a person leaves it: every placeholder replaced with text of the kind its place asks for. */
    static String filled(String readme) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("- **License:** ")) {
                line = line.replace(Completeness.PLACEHOLDER, "apache-2.0");
            } else if (line.equals("- **Risk rating:** unknown")) {
                line = "- **Risk rating:** low";
            } else if (line.equals("# Model Card for Model ID")) {
                line = "# Model Card for acme/documented";
            } else if (line.equals("<!-- Provide a quick summary of what the model is/does. -->")) {
                line = line + "\n\nA summary written by a person.";
            } else if (line.startsWith("Users (both direct and downstream) should be made aware of the risks")) {
                line = "Check the results on your own data before use.";
            }
            Matcher m = MORE.matcher(line);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, "Written by a person, part " + ++n + ".");
            }
            m.appendTail(sb);
            out.append(sb).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static ModelCard documented(ModelCard card, BuiltinTemplate template) throws InvalidInputException {
        RenderedCard r = RENDERER.render(RenderRequest.of(card, OutputFormat.MD).withTemplate(new TemplateChoice.Builtin(template)));
        assertThat(r.problems()).isEmpty();
        String readme = filled(r.output());
        assertThat(readme).doesNotContain(Completeness.PLACEHOLDER);
        return ReadmeCodec.parse(readme, "README.md", false).card();
    }

    /**
     * The imported card with the captured values no README section holds taken from the captured card (until the
     * README carries them, the card file does).
     */
    private static ModelCard withCaptured(ModelCard imported, ModelCard captured) {
        return imported.withDatasets(captured.datasets())
                .withTraining(imported.training().withHyperparameters(captured.training().hyperparameters())
                        .withLog(captured.training().log()).withEnvironment(captured.training().environment())
                        .withEnergy(captured.training().energy()))
                .withEvaluation(imported.evaluation().withQuantitative(captured.evaluation().quantitative()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltinTemplate.class)
    void aCapturedCardWhosePlaceholdersAPersonFilledScores100(BuiltinTemplate template) throws InvalidInputException {
        ModelCard captured = capturedOnly();
        ModelCard card = withCaptured(documented(captured, template), captured);

        assertThat(fields(card)).filteredOn(f -> !f.filled()).extracting(CompletenessReport.Field::label).isEmpty();
        assertThat(Completeness.score(card).overall()).isEqualTo(100);
        assertThat(Validator.validate(card, SourceMap.none("README.md"), Set.of(RulePack.COMPLETE), ValidationOptions.DEFAULTS))
                .extracting(Diagnostic::code).noneMatch(code -> code.startsWith("complete/"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltinTemplate.class)
    void anEmptyCardWhosePlaceholdersAPersonFilledHasEveryHumanFieldFilled(BuiltinTemplate template) throws InvalidInputException {
        ModelCard card = documented(ModelCard.empty(), template);

        assertThat(fields(card)).filteredOn(f -> f.part() == Part.HUMAN && !f.filled())
                .extracting(CompletenessReport.Field::label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BuiltinTemplate.class)
    void everyFieldWithAReadmePlaceIsReadFromAFilledReadme(BuiltinTemplate template) throws InvalidInputException {
        ModelCard card = documented(ModelCard.empty(), template);

        assertThat(fields(card)).filteredOn(f -> ReadmePlaces.of(f.pointer()).isPresent() && !f.filled())
                .extracting(CompletenessReport.Field::label).isEmpty();
    }
}
