package io.modelcards.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.CardReader;
import io.modelcards.edit.CardEdit;
import io.modelcards.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema fixture card, of every released version, as the previous card, and a re-capture of it without the text
 * people wrote and with a new version: the merged card has every person's value and every captured one.
 */
class MergeFixturesTest {
    private static final Origin CAPTURE = new Origin.Auto("capture:run-2");

    static Stream<Path> fixtures() {
        List<Path> out = new ArrayList<>();
        for (String version : SchemaVersion.READABLE) {
            out.addAll(Fixtures.list("schema/" + version, ".json"));
            out.addAll(Fixtures.list("schema/" + version, ".yaml"));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void humanValuesAreNeverLostAndCapturedValuesAreCurrent(Path fixture) throws Exception {
        ModelCard previous = CardReader.read(fixture, false).card();
        ModelCard captured = previous;
        for (Map.Entry<String, Origin> e : previous.provenance().origins().entrySet()) {
            // A human origin on a whole part ("" or /uses) covers its fields; the fields themselves are what a capture lacks.
            if (e.getValue() instanceof Origin.Human && Fields.tokens(e.getKey()).size() >= 2
                    && Fields.present(Fields.get(CardMappers.json().valueToTree(captured), e.getKey()))) {
                captured = CardEdit.remove(captured, e.getKey(), CAPTURE);
            }
        }
        captured = CardEdit.set(captured, "/details/version", "next", CAPTURE);

        ModelCard merged = CardMerge.merge(captured, previous, MergeOptions.DEFAULT).card();

        ObjectNode was = CardMappers.json().valueToTree(previous);
        ObjectNode now = CardMappers.json().valueToTree(captured);
        ObjectNode out = CardMappers.json().valueToTree(merged);
        List<String> human = new ArrayList<>(Fields.of(was, now));
        previous.provenance().origins().keySet().stream().filter(p -> !p.equals(Fields.fieldOf(p))).forEach(human::add);
        for (String p : human) {
            if (previous.provenance().originOf(p) instanceof Origin.Human && Fields.present(Fields.get(was, p))
                    && !p.startsWith(Merging.EVAL_RESULTS)) {
                assertThat(Fields.get(out, p)).as("the person's %s", p).isEqualTo(Fields.get(was, p));
            }
        }
        for (String field : Fields.of(now, was)) {
            JsonNode value = Fields.get(now, field);
            if (Fields.present(value) && !(previous.provenance().originOf(field) instanceof Origin.Human)) {
                assertThat(Fields.get(out, field)).as("the captured %s", field).isEqualTo(value);
            }
        }
    }
}
