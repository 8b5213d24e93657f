package io.modelcards.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Origin;
import io.modelcards.card.Provenance;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.edit.CardEdit;
import io.modelcards.hf.HumanFields;
import io.modelcards.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random human edits of a captured card, then a random re-capture of the same model, then the merge: every
 * value a person wrote is in the merged card as written, and every other captured value is the re-capture's.
 */
class MergePropertyTest {
    private static final int CASES = 200;
    private static final Origin FIRST_RUN = new Origin.Auto("capture:run-1");
    private static final Origin SECOND_RUN = new Origin.Auto("capture:run-2");

    /** Values a capture changes between runs, with a maker of a new value for each. */
    private static final List<String> CAPTURED = List.of("/details/version", "/details/date", "/training/hyperparameters/all/lr",
            "/training/hyperparameters/all/epochs", "/metadata/tags", "/metadata/library_name", "/training/environment/cores",
            "/governance/custom_fields/run");

    @Test
    void aPersonsValuesSurviveAReCaptureAndEveryOtherValueIsTheReCapturesOwn() throws Exception {
        for (int n = 0; n < CASES; n++) {
            check(n);
        }
    }

    private static void check(int n) throws Exception {
        List<String> names = Fixtures.cardNames();
        {
            Random random = new Random(1000L + n);
            ModelCard base = captured(Fixtures.card(names.get(n % names.size())));
            Map<String, JsonNode> edits = new LinkedHashMap<>();
            ModelCard previous = humanEdits(base, random, edits, n);
            List<String> recaptured = new ArrayList<>();
            ModelCard captured = recapture(base, random, recaptured);

            MergeResult r = CardMerge.merge(captured, previous, MergeOptions.DEFAULT);

            ObjectNode merged = CardMappers.json().valueToTree(r.card());
            ObjectNode now = CardMappers.json().valueToTree(captured);
            for (Map.Entry<String, JsonNode> e : edits.entrySet()) {
                assertThat(Fields.get(merged, e.getKey())).as("case %d: the person's %s", n, e.getKey()).isEqualTo(e.getValue());
                assertThat(r.card().provenance().originOf(e.getKey())).as("case %d: origin of %s", n, e.getKey())
                        .isInstanceOf(Origin.Human.class);
            }
            for (String field : Fields.of(now, merged)) {
                if (edits.keySet().stream().noneMatch(p -> p.equals(field) || p.startsWith(field + "/"))
                        && Fields.present(Fields.get(now, field))) {
                    assertThat(Fields.get(merged, field)).as("case %d: the re-captured %s", n, field).isEqualTo(Fields.get(now, field));
                }
            }
            assertThat(recaptured).allSatisfy(p -> assertThat(edits.containsKey(p)
                    || Fields.get(merged, p).equals(Fields.get(now, p))).as("case %d: %s", n, p).isTrue());
        }
    }

    /** {@code card} as a run captured it: every part of it automatic. */
    private static ModelCard captured(ModelCard card) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (String top : List.of("/metadata", "/details", "/uses", "/evaluation", "/training", "/datasets", "/considerations",
                "/governance", "/sections")) {
            origins.put(top, FIRST_RUN);
        }
        return card.withProvenance(new Provenance(origins));
    }

    /** One to four of a person's edits: text fields of the README's sections, and keys inside captured maps. */
    private static ModelCard humanEdits(ModelCard card, Random random, Map<String, JsonNode> edits, int n) throws Exception {
        List<String> places = new ArrayList<>(HumanFields.pointers());
        places.addAll(List.of("/training/hyperparameters/all/note", "/governance/custom_fields/owner", "/metadata/extra/thumbnail",
                "/details/version", "/metadata/license"));
        places.remove("/details/name"); // a renamed model is another model: the merge refuses it
        ModelCard out = card;
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            String pointer = places.get(random.nextInt(places.size()));
            String text = "case " + n + ": a person's text " + random.nextInt(1000);
            Origin.Human who = new Origin.Human("person-" + random.nextInt(3), null, "2026-12-0" + (1 + random.nextInt(5)) + "T10:00:00Z");
            try {
                out = CardEdit.set(out, pointer, text, who);
            } catch (InvalidInputException e) {
                continue; // not a text field (owners, citations, the risk rating): another edit's turn
            }
            edits.keySet().removeIf(p -> p.startsWith(pointer + "/"));
            edits.put(pointer, CardMappers.json().getNodeFactory().textNode(text));
        }
        return out;
    }

    /** The same model captured again: some captured values changed. */
    private static ModelCard recapture(ModelCard card, Random random, List<String> changed) throws Exception {
        ModelCard out = card;
        for (String pointer : CAPTURED) {
            if (!random.nextBoolean()) {
                continue;
            }
            Object value = switch (pointer) {
                case "/training/hyperparameters/all/lr" -> random.nextDouble();
                case "/training/hyperparameters/all/epochs", "/training/environment/cores" -> 1 + random.nextInt(64);
                case "/metadata/tags" -> List.of("run-" + random.nextInt(100), "retrained");
                default -> "v" + random.nextInt(1000);
            };
            out = CardEdit.set(out, pointer, value, SECOND_RUN);
            changed.add(pointer);
        }
        return out;
    }
}
