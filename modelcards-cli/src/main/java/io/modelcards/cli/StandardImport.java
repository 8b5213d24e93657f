package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.standards.Importer;
import io.modelcards.standards.Standard;
import io.modelcards.standards.Standards;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code import FILE --from FORMAT}: a document of another standard read into a card; bad input is exit 3, located. */
final class StandardImport {
    private StandardImport() {}

    /** The importer {@code --from} names; a format without one is a usage error naming those that have one. */
    static Importer importer(String from) {
        Standard standard;
        try {
            standard = Standard.parse(from);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--from", "usage/format", "unknown format '" + from + "': use one of " + readable());
        }
        return Standards.importer(standard).orElseThrow(() -> CliFailure.usage("--from", "usage/format", standard.id()
                + " is written only, not read: import reads " + readable() + ", or a README.md without --from"));
    }

    private static String readable() {
        return Arrays.stream(Standard.values()).filter(s -> Standards.importer(s).isPresent()).map(Standard::id)
                .collect(Collectors.joining(", "));
    }

    /** The card {@code input} holds, read by {@code importer}. */
    static ModelCard read(Importer importer, Path input) {
        String text = InputFiles.read(input, input.toString());
        try {
            return importer.read(text, input.toString());
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems());
        }
    }
}
