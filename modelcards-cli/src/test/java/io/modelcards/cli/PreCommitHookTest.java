package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pre-commit hook ({@code .pre-commit-hooks.yaml} at the repository root) runs as pre-commit runs it: its entry,
 * then the names of the staged files that match its {@code files} pattern.
 */
class PreCommitHookTest {
    static final Path HOOKS = Path.of("..", ".pre-commit-hooks.yaml");
    static final Path CARDS = Path.of("src", "test", "resources", "pre-commit");

    static JsonNode hook() throws IOException {
        JsonNode hooks = new ObjectMapper(new YAMLFactory()).readTree(HOOKS.toFile());
        assertThat(hooks.size()).isEqualTo(1);
        return hooks.get(0);
    }

    /** Runs the hook's entry with {@code files} after it, the first word being the modelcards command. */
    static Cli.Run runHook(Path... files) throws IOException {
        List<String> entry = List.of(hook().get("entry").asText().split(" +"));
        assertThat(entry.get(0)).isEqualTo("modelcards");
        List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
        for (Path f : files) {
            args.add(f.toString());
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theHookValidatesWithTheHuggingFaceRules() throws IOException {
        JsonNode hook = hook();
        assertThat(hook.get("id").asText()).isEqualTo("modelcards-validate");
        assertThat(hook.get("entry").asText()).isEqualTo("modelcards validate --rules hf");
        assertThat(hook.get("language").asText()).isEqualTo("system");
    }

    @Test
    void aGoodCardPasses() throws IOException {
        Cli.Run r = runHook(CARDS.resolve("good/README.md"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBadCardFailsTheCommitWithItsProblems() throws IOException {
        Cli.Run r = runHook(CARDS.resolve("bad/README.md"));
        assertThat(r.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("bad/README.md:2:10: error: unknown license \"apache2\"")
                .contains("[schema/pipeline-tag]");
    }

    @Test
    void oneBadCardAmongSeveralFailsTheCommit() throws IOException {
        assertThat(runHook(CARDS.resolve("good/README.md"), CARDS.resolve("bad/README.md")).exitCode())
                .isEqualTo(ExitCode.INVALID);
    }

    @Test
    void theHookPicksCardFilesOnly() throws IOException {
        Pattern files = Pattern.compile(hook().get("files").asText());
        assertThat(List.of("README.md", "models/sentiment/README.md", "modelcard.json", "card/modelcard.yaml", "modelcard.yml"))
                .allMatch(f -> files.matcher(f).find());
        assertThat(List.of("README.txt", "docs/notes.md", "pom.xml", "modelcard.json.bak", "MY_README.md"))
                .noneMatch(f -> files.matcher(f).find());
    }
}
