package io.modelcards.capture.internal.hyperparameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Hyperparameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparameterCaptureTest {

    record Layer(String kind, int units) {}

    enum Loss { HINGE, LOG }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void nestedMapsBecomeDottedNames() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("optimizer", ordered("lr", 0.01, "beta", 0.9)), null);

        assertThat(h.all()).containsExactly(Map.entry("optimizer.lr", 0.01), Map.entry("optimizer.beta", 0.9));
    }

    @Test
    void listsAndRecordsBecomeIndexedNames() {
        Hyperparameters h = HyperparameterCapture.capture(
                ordered("layers", List.of(new Layer("dense", 64), new Layer("dense", 2))), null);

        assertThat(h.all().keySet())
                .containsExactly("layers[0].kind", "layers[0].units", "layers[1].kind", "layers[1].units");
        assertThat(h.all()).containsEntry("layers[0].units", 64);
    }

    @Test
    void declarationOrderIsKept() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("z", 1, "a", 2, "m", ordered("y", 3, "b", 4)), null);

        assertThat(h.all().keySet()).containsExactly("z", "a", "m.y", "m.b");
    }

    @Test
    void enumsAndArraysAreReadable() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("loss", Loss.HINGE, "sizes", new int[] {3, 5}), null);

        assertThat(h.all()).containsExactly(Map.entry("loss", "HINGE"), Map.entry("sizes[0]", 3), Map.entry("sizes[1]", 5));
    }

    @Test
    void onlyValuesThatDifferFromTheirDefaultsAreNonDefault() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("epochs", 5, "lr", 0.1, "loss", "log"),
                ordered("epochs", 5, "lr", 0.01, "loss", "hinge"));

        assertThat(h.nonDefault()).containsExactly("lr", "loss");
    }

    @Test
    void numbersEqualByValueAreDefaults() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("momentum", 1, "decay", 0.5f, "n", 3L),
                ordered("momentum", 1.0, "decay", 0.5, "n", 3));

        assertThat(h.nonDefault()).isEmpty();
    }

    @Test
    void aValueWithoutADeclaredDefaultIsNonDefault() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("seed", 42), ordered("lr", 0.1));

        assertThat(h.nonDefault()).containsExactly("seed");
    }

    @Test
    void nestedDefaultsCompareByFlattenedName() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("opt", ordered("lr", 0.1, "eps", 1e-8)),
                ordered("opt", ordered("lr", 0.1, "eps", 1e-6)));

        assertThat(h.nonDefault()).containsExactly("opt.eps");
    }

    @Test
    void secretKeysAreRedactedAndListed() {
        Hyperparameters h = HyperparameterCapture.capture(ordered("hub", ordered("token", "abc", "repo", "me/model")), null);

        assertThat(h.all()).containsEntry("hub.token", "<redacted>").containsEntry("hub.repo", "me/model");
        assertThat(h.redacted()).containsExactly("hub.token");
    }
}
