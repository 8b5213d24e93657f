package io.modelcards.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.hf.HfMetadata;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.hf.ReadmeParse;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Front matter shapes huggingface_hub loads but the Hub refuses or finds unusual: the README loads (nothing is lost),
 * and the hf pack reports each at its line and column with a fix, as written in the fixture's {@code .expected} file.
 */
class HubShapesTest {
    static List<Path> corpus() {
        return Fixtures.readmes("hubshapes", ".md");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aShapeHuggingfaceHubLoadsIsReadAndJudgedByTheHfPack(Path file) throws InvalidInputException {
        String name = file.getFileName().toString();
        ReadmeParse p = ReadmeCodec.parse(Fixtures.read(file), name, false);
        List<Diagnostic> found = Validator.validate(p.card(), p.sourceMap(), Set.of(RulePack.HF), ValidationOptions.DEFAULTS);
        String expected = Fixtures.read(file.resolveSibling(name.replace(".md", ".expected"))).strip();
        assertThat(found.stream().map(Diagnostic::format).collect(Collectors.joining("\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aShapeHuggingfaceHubLoadsGivesTheSameHubMetadataWhenWrittenFromTheTypedCard(Path file) throws InvalidInputException {
        String name = file.getFileName().toString();
        ReadmeParse p = ReadmeCodec.parse(Fixtures.read(file), name, false);
        String fresh = ReadmeCodec.write(p.card().withSource(null));
        ReadmeParse again = ReadmeCodec.parse(fresh, name, false);
        assertThat(HfMetadata.toDict(again.card().metadata())).isEqualTo(HfMetadata.toDict(p.card().metadata()));
    }
}
