package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.render.card.BuiltinTemplate;
import io.modelcards.render.card.BuiltinTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void templatesListPrintsEachBuiltinWithWhatItIsForOneALine() {
        Cli.Run r = Cli.run("templates", "list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                default          any model: every section of huggingface_hub's default card, filled from the card
                classifier       classifiers: adds the labels and their number
                regressor        regressors: adds the target and error metrics
                text-embedding   sentence embeddings: adds dimensions, pooling and a sentence-transformers example
                sparse-encoder   sparse encoders (SPLADE): adds dimensions, activation, a usage example, sparsity metrics
                reranker         rerankers and cross-encoders: adds sequence length, a scoring example, ranking metrics
                text-generation  text generation: adds context length, prompt format and generation settings
                """);
    }

    @ParameterizedTest
    @EnumSource(BuiltinTemplate.class)
    void templatesShowPrintsTheBuiltinsSourceAsAFile(BuiltinTemplate template) {
        Cli.Run r = Cli.run("templates", "show", template.id());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        // The built-ins open with the person's own sections that stood before the title, then the title.
        assertThat(r.out()).isEqualTo(BuiltinTemplates.file(template)).startsWith("{% for s in sections_after.start %}")
                .contains("{% endfor %}# Model Card for {{ model_id");
    }

    @Test
    void templatesShowWritesTheSourceToTheFileGivenWithO() throws IOException {
        Path file = tmp.resolve("my-card.md.j2");

        Cli.Run r = Cli.run("templates", "show", "reranker", "-o", file.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(BuiltinTemplates.file(BuiltinTemplate.RERANKER));
    }

    @Test
    void anUnknownTemplateNameIsAUsageErrorThatSuggestsTheNearestName() {
        Cli.Run r = Cli.run("templates", "show", "clasifier");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("clasifier:0:0: error: no built-in template is called 'clasifier': did you mean "
                + "'classifier'? modelcards templates list names them all [usage/template]\n");
    }

    @Test
    void aNameNearNoTemplateIsAUsageErrorThatListsThemAll() {
        Cli.Run r = Cli.run("templates", "show", "xyz");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("xyz:0:0: error: no built-in template is called 'xyz': use one of default, classifier, "
                + "regressor, text-embedding, sparse-encoder, reranker, text-generation. modelcards templates list names them "
                + "all [usage/template]\n");
    }

    @Test
    void templatesWithoutASubcommandIsAUsageErrorNamingThem() {
        Cli.Run r = Cli.run("templates");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("modelcards: missing subcommand: use one of [list, show]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void theChosenBuiltinSavedWithShowAndPassedBackRendersTheSameBytes(String format) throws IOException {
        String chosen = "classifier"; // the example card is a text classifier
        Path template = tmp.resolve("mine.md.j2");
        Path builtin = tmp.resolve("builtin." + format);
        Path mine = tmp.resolve("mine." + format);
        assertThat(Cli.run("templates", "show", chosen, "-o", template.toString()).exitCode()).isZero();

        Cli.Run a = Cli.run("render", CommandsTest.EXAMPLE.toString(), "-o", builtin.toString());
        Cli.Run b = Cli.run("render", CommandsTest.EXAMPLE.toString(), "--template", template.toString(), "--strict",
                "-o", mine.toString());

        assertThat(a.exitCode()).isZero();
        assertThat(b.exitCode()).isZero();
        assertThat(b.err()).isEqualTo(a.err());
        assertThat(Files.readAllBytes(mine)).isEqualTo(Files.readAllBytes(builtin));
        assertThat(Files.readString(template)).contains("- **Labels:**"); // the saved template is the classifier kind
    }
}
