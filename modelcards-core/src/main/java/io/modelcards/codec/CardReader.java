package io.modelcards.codec;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a card in any of its formats (Hugging Face README.md, card JSON, card YAML) together with its source map
 * and warnings. This is the one way into a card from outside: the command line and an upload both read through it.
 */
public final class CardReader {
    private CardReader() {}

    /** The format {@code path}'s extension names; any other extension is an {@code input/format} diagnostic. */
    public static CardFormat formatOf(Path path) throws InvalidInputException {
        return CardFormat.of(path).orElseThrow(() -> new InvalidInputException(Diagnostic.error(path.toString(), 0, 0,
                "input/format", "unknown card format: use a .md (Hugging Face README), .json or .yaml/.yml file")));
    }

    /**
     * The card in the file at {@code path}, in the format its extension names.
     *
     * @param lenient under lenient reading, a README's unusable model-index is dropped with a warning instead of failing
     */
    public static LoadedCard read(Path path, boolean lenient) throws InvalidInputException {
        String name = path.toString();
        CardFormat format = formatOf(path);
        return read(InputText.read(path, name), name, format, lenient);
    }

    /** The card in {@code bytes}, which must be UTF-8; {@code name} names the input in diagnostics. */
    public static LoadedCard read(byte[] bytes, String name, CardFormat format, boolean lenient) throws InvalidInputException {
        return read(InputText.decode(bytes, name), name, format, lenient);
    }

    /** The card written in {@code text} in {@code format}; {@code name} names the input in diagnostics. */
    public static LoadedCard read(String text, String name, CardFormat format, boolean lenient) throws InvalidInputException {
        return switch (format) {
            case README -> {
                ReadmeParse p = ReadmeCodec.parse(text, name, lenient);
                yield new LoadedCard(p.card(), format, p.sourceMap(), p.problems());
            }
            case JSON -> new LoadedCard(CardCodec.fromJson(text, name), format,
                    CardSourceMap.of(CardMappers.json(), text, name), List.of());
            case YAML -> new LoadedCard(CardCodec.fromYaml(text, name), format,
                    CardSourceMap.of(CardMappers.yaml(), text, name), List.of());
        };
    }
}
