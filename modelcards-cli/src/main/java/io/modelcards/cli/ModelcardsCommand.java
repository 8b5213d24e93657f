package io.modelcards.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code modelcards} root command; it only dispatches to subcommands. */
@Command(name = "modelcards", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Model cards for the JVM: import, convert, render and validate Hugging Face style model cards; review, "
                + "approve and publish them in a registry.",
        subcommands = {DemoCommand.class, ProfileCommand.class, ImportCommand.class, ConvertCommand.class, RenderCommand.class,
                ValidateCommand.class, MergeCommand.class, SetCommand.class, ConfirmCommand.class, DiffCommand.class,
                ServeCommand.class, UsersCommand.class, TokensCommand.class, PushCommand.class, SubmitCommand.class,
                ApproveCommand.class, RequestChangesCommand.class, CommentCommand.class, PublishCommand.class,
                DeprecateCommand.class, ArchiveCommand.class, ShowCommand.class, ExportCommand.class, SearchCommand.class,
                GateCommand.class, AuditCommand.class, TemplatesCommand.class, CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:usage error", "3:invalid input, or a gate or policy said no"})
final class ModelcardsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use one of " + spec.subcommands().keySet());
    }
}
