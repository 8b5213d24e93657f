package io.modelcards.cli;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardFormat;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes cards in the format their file extension names: README.md, .json or .yaml. */
final class CardFiles {
    private CardFiles() {}

    /** The format of {@code path}, or a usage failure naming the accepted extensions. */
    static CardFormat formatOf(Path path) {
        return CardFormat.of(path).orElseThrow(() -> CliFailure.usage(path.toString(), "input/format",
                "unknown card format: use a .md (Hugging Face README), .json or .yaml/.yml file"));
    }

    /** Loads the card in {@code path}; invalid input becomes a {@link CliFailure} with exit code 3. */
    static LoadedCard load(Path path, boolean lenient) {
        String name = path.toString();
        CardFormat format = formatOf(path);
        String text = InputFiles.read(path, name);
        try {
            return switch (format) {
                case README -> Readmes.load(text, name, lenient);
                case JSON -> new LoadedCard(CardCodec.fromJson(text, name), format,
                        io.modelcards.validate.CardSourceMap.of(io.modelcards.codec.CardMappers.json(), text, name), List.of());
                case YAML -> new LoadedCard(CardCodec.fromYaml(text, name), format,
                        io.modelcards.validate.CardSourceMap.of(io.modelcards.codec.CardMappers.yaml(), text, name), List.of());
            };
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.diagnostics());
        }
    }

    /** The card in the format {@code format}, as text. */
    static String format(ModelCard card, CardFormat format) {
        return switch (format) {
            case README -> Readmes.write(card);
            case JSON -> CardCodec.toJson(card);
            case YAML -> CardCodec.toYaml(card);
        };
    }

    static void printWarnings(List<Diagnostic> warnings, java.io.PrintWriter err) {
        for (Diagnostic d : warnings) {
            err.println(d.format());
        }
        err.flush();
    }
}
