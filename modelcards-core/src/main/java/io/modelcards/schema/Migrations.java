package io.modelcards.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.SchemaVersion;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Upgrades a card's JSON tree from the version it was written at to {@link SchemaVersion#CURRENT}, one step at a time.
 *
 * <p>Each step is a pure function from the tree of version N to the tree of version N+1 and is registered in
 * {@link #STEPS}. Fixtures of every version ever released live in the test resources under {@code schema/<version>/}
 * and must keep loading.
 */
public final class Migrations {
    /** Step from the key version to the next one. */
    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        // 1.1 added dataset profiles (files, label, samples, privacy, problems, accuracy, per-column distributions).
        // Every addition is optional, so a 1.0 tree is already a valid 1.1 tree.
        register(new Step("1.0", "1.1", tree -> tree));
        // 1.2 added the time a person wrote a value (provenance origins of kind "human" gained "at"). Optional again.
        register(new Step("1.1", "1.2", tree -> tree));
        // 1.3 added the facts a person's text was written against and its confirmation (provenance origins of kind
        // "human" gained "basis" and "confirmed"), the model's artifact hash, and the front matter's plain scalars.
        // All optional: a 1.2 card's human text has no known basis and so is never stale.
        register(new Step("1.2", "1.3", tree -> tree));
        // 1.4 added the optional "compliance" part (the EU AI Act Annex IV texts: integration, distribution, oversight,
        // cybersecurity, standards, monitoring plan, ...). A 1.3 card simply has none of it.
        register(new Step("1.3", "1.4", tree -> tree));
    }

    private static void register(Step step) {
        STEPS.put(step.from(), step);
    }

    private Migrations() {}

    /** One schema upgrade: from {@code from} to {@code to}. */
    public record Step(String from, String to, UnaryOperator<ObjectNode> apply) {}

    /** The {@code schema_version} of a card tree; an error if missing, unknown, or newer than this build. */
    public static String versionOf(ObjectNode tree, String file) throws InvalidInputException {
        JsonNode v = tree.get("schema_version");
        if (v == null || v.isNull()) {
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/schema-version",
                    "missing \"schema_version\": add \"schema_version\": \"" + SchemaVersion.CURRENT + "\""));
        }
        String version = v.asText();
        if (!SchemaVersion.READABLE.contains(version)) {
            boolean newer = compare(version, SchemaVersion.CURRENT) > 0;
            throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/schema-version",
                    newer ? "schema_version " + version + " is newer than this modelcards reads (" + SchemaVersion.CURRENT
                                    + "): upgrade modelcards"
                          : "unknown schema_version \"" + version + "\": readable versions are " + SchemaVersion.READABLE));
        }
        return version;
    }

    /** The registered steps, read-only; for tests that check the first released version needs none. */
    static Map<String, Step> registeredSteps() {
        return Collections.unmodifiableMap(STEPS);
    }

    /** Whether a card at {@code version} must be migrated before binding. */
    public static boolean needsMigration(String version) {
        return !SchemaVersion.CURRENT.equals(version);
    }

    /** Applies every step from {@code version} up to the current version. */
    public static ObjectNode migrate(ObjectNode tree, String version, String file) throws InvalidInputException {
        return migrate(tree, version, SchemaVersion.CURRENT, STEPS, file);
    }

    /**
     * Applies the steps in {@code steps} from {@code version} up to {@code target}. Package-private so that tests can
     * show a step runs without registering a fake version in {@link #STEPS}.
     */
    static ObjectNode migrate(ObjectNode tree, String version, String target, Map<String, Step> steps, String file)
            throws InvalidInputException {
        ObjectNode t = tree.deepCopy();
        String v = version;
        while (!target.equals(v)) {
            Step step = steps.get(v);
            if (step == null) {
                throw new InvalidInputException(Diagnostic.error(file, 1, 1, "card/schema-version",
                        "no migration from schema_version " + v + ": this is a bug in modelcards, please report it"));
            }
            t = step.apply().apply(t);
            t.put("schema_version", step.to());
            v = step.to();
        }
        return t;
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? parse(x[i]) : 0;
            int q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
