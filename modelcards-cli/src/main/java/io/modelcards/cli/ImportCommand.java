package io.modelcards.cli;

import io.modelcards.card.ModelCard;
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

/**
 * {@code modelcards import README.md [-o card.json]}: reads a Hugging Face README into a typed card; with
 * {@code --from FORMAT}, a document of another standard ({@link StandardImport}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a Hugging Face README.md, or another standard's document, into a card (JSON by default, YAML "
                + "with -o card.yaml).",
                "With --from (mct, sagemaker or cyclonedx), FILE is that format's document."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The README to import, or the document with --from.")
    Path input;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The document's format: mct, sagemaker or cyclonedx.")
    String from;

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
        if (from != null) {
            ModelCard card = StandardImport.read(StandardImport.importer(from), input);
            OutputFiles.write(output, CardWriter.write(card, target), spec.commandLine().getOut());
            return ExitCode.OK;
        }
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        CardFiles.printProblems(loaded.problems(), spec.commandLine().getErr());
        OutputFiles.write(output, CardWriter.write(loaded.card(), target), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
