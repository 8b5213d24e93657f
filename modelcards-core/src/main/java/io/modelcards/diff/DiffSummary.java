package io.modelcards.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The first lines of the text and Markdown forms: which model, and how much changed in each part. */
final class DiffSummary {
    private DiffSummary() {}

    /** {@code acme/sentiment 1.2.0 → 1.3.0}, or both names when they differ. */
    static String model(Identity id) {
        String old = join(id.oldName(), id.oldVersion());
        String now = join(id.nowName(), id.nowVersion());
        if (Objects.equals(id.oldName(), id.nowName()) && id.oldName() != null) {
            if (id.oldVersion() == null && id.nowVersion() == null) {
                return id.nowName();
            }
            String versions = Objects.equals(id.oldVersion(), id.nowVersion()) ? id.nowVersion()
                    : orNone(id.oldVersion()) + " → " + orNone(id.nowVersion());
            return id.nowName() + ", version " + versions;
        }
        return old + " → " + now;
    }

    /** {@code 2 metadata keys, metrics: 1 improved, 1 regressed, 6 unchanged; 1 dataset; …}; "no differences" when none. */
    static String line(Diff d) {
        List<String> parts = new ArrayList<>();
        count(parts, d.metadata().size(), "metadata key");
        List<String> metrics = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            long n = d.evaluation().stream().filter(m -> m.verdict() == v).count();
            if (n > 0) {
                metrics.add(n + " " + v.word());
            }
        }
        if (!metrics.isEmpty()) {
            parts.add("metrics " + String.join(", ", metrics));
        }
        count(parts, d.datasets().size(), "dataset");
        count(parts, d.training().hyperparameters().size(), "hyperparameter");
        count(parts, d.human().size(), "human text");
        if (!d.stale().isEmpty()) {
            parts.add(d.stale().size() + (d.stale().size() == 1 ? " field" : " fields") + " now stale");
        }
        GovernanceChanges g = d.governance();
        count(parts, (g.risk() == null ? 0 : 1) + g.text().size() + g.customFields().size(), "governance field");
        return parts.isEmpty() ? "no differences" : String.join("; ", parts);
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s") + " changed");
        }
    }

    private static String join(String name, String version) {
        return orNone(name) + (version == null ? "" : " " + version);
    }

    private static String orNone(String s) {
        return s == null ? Show.NONE : s;
    }
}
