package io.modelcards.hf;

import io.modelcards.card.Energy;
import io.modelcards.card.Environment;
import io.modelcards.card.Hyperparameters;
import io.modelcards.card.LogEntry;
import io.modelcards.card.ModelCard;
import io.modelcards.card.Training;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and sets the typed card fields that Hub layouts fill (hyperparameters, training log, libraries, energy and
 * environment), by JSON Pointer. Markdown fields are {@link CardFields}' business.
 */
final class HubFields {
    static final String HP_ALL = "/training/hyperparameters/all";
    static final String HP_NON_DEFAULT = "/training/hyperparameters/non_default";
    /** huggingface_hub's "Training regime" bullet: one entry of the hyperparameters, as the render views read it. */
    static final String REGIME = HP_ALL + "/training_regime";
    static final String LOG = "/training/log";
    static final String LIBRARIES = "/training/environment/libraries";
    static final String CLOUD = "/training/environment/cloud_provider";
    static final String REGION = "/training/environment/compute_region";
    static final String GPU = "/training/environment/gpu";
    static final String CPU = "/training/environment/cpu";
    static final String MEMORY = "/training/environment/memory_bytes";
    static final String HARDWARE = "/training/energy/hardware_type";
    static final String HOURS = "/training/energy/hours_used";
    static final String CO2 = "/training/energy/co2_grams";
    static final String KWH = "/training/energy/kwh";

    private static final List<String> OWN = List.of(HP_ALL, HP_NON_DEFAULT, REGIME, LOG, LIBRARIES, CLOUD, REGION, GPU, CPU, MEMORY,
            HARDWARE, HOURS, CO2, KWH);

    private HubFields() {}

    /** The value at {@code pointer}: a typed field of this class, or a Markdown field of {@link CardFields}. */
    static Object get(ModelCard c, String pointer) {
        Training t = c.training();
        Environment v = t.environment();
        Energy e = t.energy();
        return switch (pointer) {
            case HP_ALL -> t.hyperparameters().all();
            case HP_NON_DEFAULT -> t.hyperparameters().nonDefault();
            case REGIME -> t.hyperparameters().all().get("training_regime");
            case LOG -> t.log();
            case LIBRARIES -> v == null ? null : v.libraries();
            case CLOUD -> v == null ? null : v.cloudProvider();
            case REGION -> v == null ? null : v.computeRegion();
            case GPU -> v == null ? null : v.gpu();
            case CPU -> v == null ? null : v.cpu();
            case MEMORY -> v == null ? null : v.memoryBytes();
            case HARDWARE -> e == null ? null : e.hardwareType();
            case HOURS -> e == null ? null : e.hoursUsed();
            case CO2 -> e == null ? null : e.co2Grams();
            case KWH -> e == null ? null : e.kwh();
            default -> CardFields.get(c, pointer);
        };
    }

    /** A copy of {@code c} with every typed field of this class that {@code values} holds set; other keys are ignored. */
    @SuppressWarnings("unchecked")
    static ModelCard with(ModelCard c, Map<String, Object> values) {
        if (OWN.stream().noneMatch(values::containsKey)) {
            return c;
        }
        Training t = c.training();
        Hyperparameters h = t.hyperparameters();
        if (values.containsKey(HP_ALL) || values.containsKey(HP_NON_DEFAULT)) {
            h = new Hyperparameters(values.containsKey(HP_ALL) ? (Map<String, Object>) values.get(HP_ALL) : h.all(),
                    values.containsKey(HP_NON_DEFAULT) ? (List<String>) values.get(HP_NON_DEFAULT) : h.nonDefault(), h.redacted());
        }
        if (values.containsKey(REGIME)) {
            Map<String, Object> all = new LinkedHashMap<>(h.all());
            if (values.get(REGIME) == null) {
                all.remove("training_regime");
            } else {
                all.put("training_regime", values.get(REGIME));
            }
            h = new Hyperparameters(all, h.nonDefault(), h.redacted());
        }
        List<LogEntry> log = values.containsKey(LOG) ? (List<LogEntry>) values.get(LOG) : t.log();
        Environment v = t.environment() == null ? new Environment(null, null, null, null, null, null, null, null, null, null)
                : t.environment();
        v = new Environment(v.jvm(), v.os(), (String) pick(values, CPU, v.cpu()), v.cores(), (Long) pick(values, MEMORY, v.memoryBytes()),
                (String) pick(values, GPU, v.gpu()), (Map<String, String>) pick(values, LIBRARIES, v.libraries()), v.gitCommit(),
                (String) pick(values, CLOUD, v.cloudProvider()), (String) pick(values, REGION, v.computeRegion()));
        Energy e = t.energy() == null ? new Energy(null, null, null, null, null, null, null) : t.energy();
        e = new Energy(e.method(), (Double) pick(values, KWH, e.kwh()), (Double) pick(values, CO2, e.co2Grams()),
                (String) pick(values, HARDWARE, e.hardwareType()), (Double) pick(values, HOURS, e.hoursUsed()), e.inputs(),
                e.uncertainty());
        boolean noEnv = t.environment() == null
                && List.of(CPU, MEMORY, GPU, LIBRARIES, CLOUD, REGION).stream().noneMatch(values::containsKey);
        boolean noEnergy = t.energy() == null && List.of(KWH, CO2, HARDWARE, HOURS).stream().noneMatch(values::containsKey);
        return c.withTraining(t.withHyperparameters(h).withLog(log).withEnvironment(noEnv ? null : v).withEnergy(noEnergy ? null : e));
    }

    private static Object pick(Map<String, Object> values, String pointer, Object current) {
        return values.containsKey(pointer) ? values.get(pointer) : current;
    }
}
