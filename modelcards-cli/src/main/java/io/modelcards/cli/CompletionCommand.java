package io.modelcards.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modelcards completion bash|zsh}: prints a script that completes the command's subcommands, options and
 * choices. picocli writes it for bash; zsh runs the same script through {@code bashcompinit}, which the script loads.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.",
                "Load it in the shell's start file (~/.bashrc or ~/.zshrc), as the examples show."})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is written for. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell to complete in.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("modelcards", spec.root().commandLine());
        if (shell == Shell.zsh) {
            script = "# modelcards completion for zsh: the bash script below, run by zsh's bashcompinit.\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
