package io.modelcards.validate;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardSourceMap;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the test corpora under {@code validate/}: each card is read with {@link CardCodec} and, when it reads,
 * validated with the pack its file name starts with ({@code schema-}, {@code hf-}, {@code complete-}; {@code codec-}
 * cards fail to read).
 */
final class CardCorpus {
    private CardCorpus() {}

    static Stream<Path> cards(String dir) throws IOException, URISyntaxException {
        Path root = Path.of(CardCorpus.class.getResource("/validate/" + dir).toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static boolean isYaml(Path p) {
        return p.toString().endsWith(".yaml");
    }

    static ModelCard read(Path p) throws IOException, InvalidInputException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString();
        return isYaml(p) ? CardCodec.fromYaml(text, name) : CardCodec.fromJson(text, name);
    }

    static SourceMap sourceMap(Path p) throws IOException {
        return CardSourceMap.of(isYaml(p) ? CardMappers.yaml() : CardMappers.json(), Files.readString(p, StandardCharsets.UTF_8),
                p.getFileName().toString());
    }

    /** The packs a corpus file asks for by its name's first word. */
    static Set<RulePack> packsFor(Path p) {
        String first = p.getFileName().toString().split("-", 2)[0];
        return first.equals("codec") ? EnumSet.of(RulePack.SCHEMA) : EnumSet.of(RulePack.parse(first));
    }

    /** Every diagnostic for the file: the codec's if it does not read, otherwise the validator's. */
    static List<Diagnostic> diagnose(Path p, Set<RulePack> packs) throws IOException {
        ModelCard card;
        try {
            card = read(p);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        return Validator.validate(card, sourceMap(p), packs, ValidationOptions.DEFAULTS);
    }

    /** The file next to a card that holds its expected diagnostic lines. */
    static Path expectedFile(Path card) {
        String name = card.getFileName().toString();
        return card.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    }
}
