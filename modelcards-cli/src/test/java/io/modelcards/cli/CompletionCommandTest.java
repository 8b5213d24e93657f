package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modelcards completion bash|zsh} prints a script that bash accepts and that completes the real commands. */
class CompletionCommandTest {
    @TempDir
    Path tmp;

    record Shell(int exitCode, String out) {}

    /** Runs {@code script} in bash after the completion script is sourced; bash's own complaints go to a log. */
    Shell bash(String completion, String script, String... options) throws IOException, InterruptedException {
        Path file = tmp.resolve("modelcards_completion");
        Files.writeString(file, completion, StandardCharsets.UTF_8);
        String[] command = options.length > 0 ? new String[] {"bash", options[0], file.toString()}
                : new String[] {"bash", "-c", "source '" + file + "'\n" + script};
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("stderr").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Shell(p.exitValue(), out);
    }

    /** What the script offers after {@code line} (the cursor at its end), one candidate a line. */
    Shell complete(String completion, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        return bash(completion, "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_modelcards; printf '%s\\n' \"${COMPREPLY[@]}\"");
    }

    @Test
    void theBashScriptIsValidBash() throws Exception {
        Cli.Run r = Cli.run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(bash(r.out(), "", "-n").exitCode()).isZero();
    }

    @Test
    void theBashScriptRegistersCompletionForTheCommand() throws Exception {
        Shell s = bash(Cli.run("completion", "bash").out(), "complete -p modelcards");
        assertThat(s.exitCode()).isZero();
        assertThat(s.out()).contains("_complete_modelcards").endsWith(" modelcards\n");
    }

    @Test
    void theBashScriptOffersEverySubcommand() throws Exception {
        Shell s = complete(Cli.run("completion", "bash").out(), "modelcards ");
        assertThat(s.out().lines()).containsAll(UsageTest.subcommands());
    }

    @Test
    void theBashScriptCompletesASubcommandFromItsStart() throws Exception {
        assertThat(complete(Cli.run("completion", "bash").out(), "modelcards ren").out()).isEqualTo("render\n");
    }

    @Test
    void theBashScriptCompletesTheOptionsOfASubcommand() throws Exception {
        assertThat(complete(Cli.run("completion", "bash").out(), "modelcards validate --ru").out()).isEqualTo("--rules\n");
    }

    @Test
    void theZshScriptIsTheBashScriptLoadedThroughBashcompinit() throws Exception {
        Cli.Run zsh = Cli.run("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).endsWith(Cli.run("completion", "bash").out()).contains("autoload -U +X bashcompinit && bashcompinit");
        assertThat(bash(zsh.out(), "", "-n").exitCode()).isZero();
        assertThat(complete(zsh.out(), "modelcards ren").out()).isEqualTo("render\n");
    }

    @Test
    void anotherShellIsAUsageError() {
        Cli.Run r = Cli.run("completion", "fish");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("expected one of [bash, zsh]");
    }
}
