package io.modelcards.cli;

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

/** {@code modelcards convert IN -o OUT}: converts losslessly between README.md, .json and .yaml by extension. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a card between README.md, .json and .yaml (chosen by extension). Lossless: "
                + "README -> JSON -> README gives the same bytes.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The card to read.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The file to write; its extension picks the format.")
    Path output;

    @Mixin
    LenientOption lenient;

    @Override
    public Integer call() {
        var target = CardFiles.formatOf(output);
        LoadedCard loaded = CardFiles.load(input, lenient.lenient);
        CardFiles.printProblems(loaded.problems(), spec.commandLine().getErr());
        OutputFiles.write(output, CardWriter.write(loaded.card(), target), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
