package io.modelcards.cli;

import io.modelcards.codec.CardFormat;
import io.modelcards.codec.CardReader;
import io.modelcards.codec.LoadedCard;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Maps core's card reader ({@link CardReader}) onto exit codes: a wrong extension is a usage error, a bad card exit 3. */
final class CardFiles {
    private CardFiles() {}

    /** The format of {@code path}, or a usage failure naming the accepted extensions. */
    static CardFormat formatOf(Path path) {
        try {
            return CardReader.formatOf(path);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.USAGE, e.problems());
        }
    }

    /** Loads the card in {@code path}; invalid input becomes a {@link CliFailure} with exit code 3. */
    static LoadedCard load(Path path, boolean lenient) {
        // On the command line a wrong extension is a mistake in the arguments, found before the file is read.
        formatOf(path);
        try {
            return CardReader.read(path, lenient);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems());
        }
    }

    static void printProblems(List<Diagnostic> problems, PrintWriter err) {
        for (Diagnostic d : problems) {
            err.println(d.format());
        }
        err.flush();
    }
}
