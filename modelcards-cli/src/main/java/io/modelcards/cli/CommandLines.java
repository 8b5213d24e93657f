package io.modelcards.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line {@link Main} runs: when the arguments start with a subcommand's name, the root with only that
 * subcommand; otherwise the root with every subcommand ({@link ModelcardsCommand}).
 *
 * <p>Why: picocli reflects over every subcommand's options and their classes when it builds a command line, 0.23 s of
 * a cold start with all 28 against 0.11 s with one, paid by every run of every command (a pipeline's {@code gate}, a
 * {@code profile} run once per dataset). What lists the subcommands gets the whole tree: the root's help and errors
 * (no subcommand name first), typo suggestions (a name that is not one), and shell completion ({@code completion}).
 */
final class CommandLines {
    private CommandLines() {}

    /** The command line for {@code args}. */
    static CommandLine forArgs(String[] args) {
        Object only = args.length == 0 ? null : subcommand(args[0]);
        if (only == null) {
            return new CommandLine(new ModelcardsCommand());
        }
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(args[0], only);
        return cl;
    }

    /**
     * A new instance of the subcommand named {@code name}, or null when there is none or it needs the whole tree. A
     * switch rather than a table so that only the named command's class is loaded; a test checks it against
     * {@link ModelcardsCommand}'s list.
     */
    static Object subcommand(String name) {
        switch (name) {
            case "demo": return new DemoCommand();
            case "profile": return new ProfileCommand();
            case "import": return new ImportCommand();
            case "convert": return new ConvertCommand();
            case "render": return new RenderCommand();
            case "validate": return new ValidateCommand();
            case "merge": return new MergeCommand();
            case "set": return new SetCommand();
            case "confirm": return new ConfirmCommand();
            case "diff": return new DiffCommand();
            case "serve": return new ServeCommand();
            case "users": return new UsersCommand();
            case "tokens": return new TokensCommand();
            case "push": return new PushCommand();
            case "submit": return new SubmitCommand();
            case "approve": return new ApproveCommand();
            case "request-changes": return new RequestChangesCommand();
            case "comment": return new CommentCommand();
            case "publish": return new PublishCommand();
            case "deprecate": return new DeprecateCommand();
            case "archive": return new ArchiveCommand();
            case "show": return new ShowCommand();
            case "export": return new ExportCommand();
            case "search": return new SearchCommand();
            case "gate": return new GateCommand();
            case "audit": return new AuditCommand();
            case "templates": return new TemplatesCommand();
            default: return null; // completion lists the whole tree; anything else is not a subcommand
        }
    }

    /** The root when one subcommand runs: only its name shows (in the subcommand's help and errors). */
    @Command(name = "modelcards")
    static final class Root implements Runnable {
        @Override
        public void run() {
            // Never runs: a subcommand is always named after it.
        }
    }
}
