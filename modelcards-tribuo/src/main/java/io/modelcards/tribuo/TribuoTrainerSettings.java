package io.modelcards.tribuo;

import com.oracle.labs.mlrg.olcut.config.Configurable;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Set;
import org.tribuo.Trainer;

/**
 * A Tribuo trainer's hyperparameters and the trainer's declared defaults, both read from provenance.
 *
 * <p>Tribuo trainers have a no-argument constructor that OLCUT's configuration system uses; the provenance of a
 * trainer built that way holds the class's declared defaults, so non-default values are found by comparison rather
 * than by a hand-kept table that could drift from Tribuo.
 */
final class TribuoTrainerSettings {
    /** Provenance fields that describe the run rather than configure the trainer. */
    private static final Set<String> NOT_SETTINGS = Set.of("train-invocation-count", "is-sequence", "tribuo-version",
            "java-version", "os-name", "os-arch", "host-short-name");
    // host-short-name is OLCUT's name for the configuration slot an object fills, not a setting of it.

    private TribuoTrainerSettings() {}

    /** The trainer's settings, {@code class} first. */
    static Map<String, Object> of(Trainer<?> trainer) {
        return ProvenanceValues.fields(trainer.getProvenance(), NOT_SETTINGS);
    }

    /** The settings of a trainer of the same class built with its no-argument constructor; empty if there is none. */
    static Map<String, Object> defaultsOf(Trainer<?> trainer) {
        try {
            Constructor<?> c = trainer.getClass().getDeclaredConstructor();
            c.setAccessible(true);
            Object fresh = c.newInstance();
            if (fresh instanceof Configurable conf) {
                conf.postConfig();
            }
            return of((Trainer<?>) fresh);
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            // No usable default constructor: every setting then counts as chosen, which is the safe reading.
            return Map.of();
        }
    }
}
