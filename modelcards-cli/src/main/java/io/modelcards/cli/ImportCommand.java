package io.modelcards.cli;

import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardWriter;
import io.modelcards.codec.LoadedCard;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelcards import README.md [-o card.json]}: reads a Hugging Face README into a typed card. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Hugging Face README.md into a card (JSON by default, YAML with -o card.yaml).")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "README.md", description = "The README to import.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (.json or .yaml); default: JSON on stdout.")
    Path output;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        CardFormat target = output == null ? CardFormat.JSON : CardFiles.formatOf(output);
        if (target == CardFormat.README) {
            throw CliFailure.usage(output.toString(), "usage/output-format",
                    "import writes a card: name a .json or .yaml output, or use 'convert'");
        }
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        CardFiles.printProblems(loaded.problems(), spec.commandLine().getErr());
        OutputFiles.write(output, CardWriter.write(loaded.card(), target), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
