package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Environment;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Section;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A changed typed field of a Hub-layout README is written back in that layout, and nothing else changes. */
class HubLayoutEditTest {
    private static final String TRAINER = "layouts/trainer-no-log-first-epochs.md";
    private static final String SENTENCE = "layouts/st-minilm-nondefault-and-all.md";

    private static ModelCard card(String file) throws InvalidInputException {
        return ReadmeCodec.parse(Fixtures.readme(file), file, false).card();
    }

    /** The lines of {@code after} that differ from the same line of {@code before}, which has as many lines. */
    private static List<String> changedLines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertThat(b).as("line count").hasSameSizeAs(a);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                out.add(b[i]);
            }
        }
        return out;
    }

    @Test
    void aChangedHyperparameterRewritesOnlyItsBullet() throws InvalidInputException {
        ModelCard c = card(TRAINER);
        Map<String, Object> all = new LinkedHashMap<>(c.training().hyperparameters().all());
        all.put("seed", 7);
        ModelCard edited = c.withTraining(c.training().withHyperparameters(new Hyperparameters(all, null, null)));
        assertThat(changedLines(Fixtures.readme(TRAINER), ReadmeCodec.write(edited))).containsExactly("- seed: 7");
    }

    @Test
    void aChangedLogRowRewritesOnlyThatRowOfTheTable() throws InvalidInputException {
        ModelCard c = card(TRAINER);
        List<LogEntry> log = new ArrayList<>(c.training().log());
        LogEntry last = log.get(2);
        Map<String, Double> m = new LinkedHashMap<>(last.metrics());
        m.put("F1", 0.7);
        log.set(2, new LogEntry(last.step(), last.epoch(), m, false));
        List<String> changed = changedLines(Fixtures.readme(TRAINER), ReadmeCodec.write(c.withTraining(c.training().withLog(log))));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).startsWith("| 0.648 | 3.0 | 1377 |").endsWith("| 0.7 |");
    }

    @Test
    void aRenamedModelKeepsItsSingleH1() throws InvalidInputException {
        ModelCard c = card(TRAINER);
        String out = ReadmeCodec.write(c.withDetails(c.details().withName("acme-bert-mrpc")));
        assertThat(changedLines(Fixtures.readme(TRAINER), out)).containsExactly("# acme-bert-mrpc");
    }

    @Test
    void aWrittenDescriptionReplacesTheTrainersPlaceholder() throws InvalidInputException {
        ModelCard c = card(TRAINER);
        String out = ReadmeCodec.write(c.withDetails(c.details().withDescription("BERT tuned on MRPC paraphrases.")));
        assertThat(changedLines(Fixtures.readme(TRAINER), out)).containsExactly("BERT tuned on MRPC paraphrases.");
    }

    @Test
    void anEditedDescriptionReadsBackWithTheLayoutKept() throws InvalidInputException {
        String edited = Fixtures.readme(TRAINER).replaceFirst("## Model description\n\nMore information needed",
                "## Model description\n\nBERT tuned on MRPC paraphrases.");
        ModelCard c = ReadmeCodec.parse(edited, "README.md", false).card();
        assertThat(c.details().description()).isEqualTo("BERT tuned on MRPC paraphrases.");
        assertThat(ReadmeCodec.write(c)).isEqualTo(edited);
    }

    @Test
    void aChangedModelTypeRewritesOnlyItsBullet() throws InvalidInputException {
        ModelCard c = card(SENTENCE);
        String out = ReadmeCodec.write(c.withDetails(c.details().withModelType("Static Embedding")));
        assertThat(changedLines(Fixtures.readme(SENTENCE), out)).containsExactly("- **Model Type:** Static Embedding");
    }

    @Test
    void aChangedLibraryVersionRewritesOnlyItsBullet() throws InvalidInputException {
        ModelCard c = card(SENTENCE);
        Map<String, String> libs = new LinkedHashMap<>(c.training().environment().libraries());
        libs.put("Transformers", "4.47.0");
        Environment e = c.training().environment();
        Environment changed = new Environment(e.jvm(), e.os(), e.cpu(), e.cores(), e.memoryBytes(), e.gpu(), libs, e.gitCommit(),
                e.cloudProvider(), e.computeRegion());
        ModelCard edited = c.withTraining(c.training().withEnvironment(changed));
        assertThat(changedLines(Fixtures.readme(SENTENCE), ReadmeCodec.write(edited))).containsExactly("- Transformers: 4.47.0");
    }

    @Test
    void aChangedAllHyperparametersValueRewritesItInsideTheDetailsBlock() throws InvalidInputException {
        ModelCard c = card(SENTENCE);
        Map<String, Object> all = new LinkedHashMap<>(c.training().hyperparameters().all());
        all.put("seed", 1234);
        Hyperparameters h = new Hyperparameters(all, c.training().hyperparameters().nonDefault(), null);
        String out = ReadmeCodec.write(c.withTraining(c.training().withHyperparameters(h)));
        assertThat(changedLines(Fixtures.readme(SENTENCE), out)).containsExactly("- `seed`: 1234");
    }

    @Test
    void thisProjectsTrainingLogsHeadingShowsNoLibraryLayout() throws InvalidInputException {
        String text = "# Model Card for x\n\n## Model Details\n\n### Model Description\n\nA text model.\n\n"
                + "- **Developed by:** Acme\n- **Model type:** classifier\n\n## Training Details\n\n#### Training Logs\n\n"
                + "| Step | loss |\n|---|---|\n| 1 | 0.5 |\n";
        ModelCard c = ReadmeCodec.parse(text, "README.md", false).card();
        assertThat(c.details().description()).isEqualTo("A text model.");
        assertThat(c.details().developers()).isEqualTo("Acme");
    }

    @Test
    void anH1WithoutALibraryLayoutStaysAnUnknownSection() throws InvalidInputException {
        ModelCard c = ReadmeCodec.parse("# My model\n\nIt classifies.\n\n## Training procedure\n\nOne epoch.\n", "README.md", false).card();
        assertThat(c.details().name()).isNull();
        assertThat(c.sections()).extracting(Section::heading).containsExactly("My model");
    }

    @Test
    void theTemplatesModelDescriptionIsReadByTheTemplateOutsideTheSentenceTransformersLayout() throws InvalidInputException {
        String text = "# Model Card for x\n\n## Model Details\n\n### Model Description\n\nA text model.\n\n- **Model type:** classifier\n";
        ModelCard c = ReadmeCodec.parse(text, "README.md", false).card();
        assertThat(c.details().description()).isEqualTo("A text model.");
        assertThat(c.details().modelType()).isEqualTo("classifier");
    }
}
