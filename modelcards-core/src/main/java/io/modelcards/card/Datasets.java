package io.modelcards.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts dataset profiles into a card's {@link ModelCard#datasets()}: which role a profile takes, and which entry it
 * replaces. A profile replaces the entry of the same name on the same side (training or evaluation), else is added.
 */
public final class Datasets {
    /** The roles a user may give a profile explicitly. */
    public static final Set<String> ROLES = Set.of("training", "evaluation");

    private static final Set<String> EVALUATION_SPLITS = Set.of("test", "eval", "evaluation", "validation", "valid", "dev");
    private static final Set<String> EVALUATION_ROLES = Set.of("evaluation", "eval", "test", "testing", "validation");

    private Datasets() {}

    /**
     * {@code datasets} with {@code profile} put in (see {@link #merge}), in the role {@link #role} chooses.
     *
     * @param role the role the user gave, or null to take it from the profile's split
     */
    public static List<DatasetInfo> withProfile(List<DatasetInfo> datasets, DatasetProfile profile, String role) {
        return merge(datasets, profile.toDataset(role(role, profile)));
    }

    /**
     * The role a profile takes: {@code given} when there is one, else "evaluation" for a test, eval, evaluation,
     * validation, valid or dev split (in any case) and "training" for any other split or none.
     */
    public static String role(String given, DatasetProfile profile) {
        if (given != null) {
            return given;
        }
        String split = profile.split() == null ? "" : profile.split().strip().toLowerCase(Locale.ROOT);
        return EVALUATION_SPLITS.contains(split) ? "evaluation" : "training";
    }

    /**
     * {@code datasets} with {@code d} in place of the entry with the same name (ignoring surrounding blanks) on the
     * same side (training or evaluation), keeping that entry's role and revision; or with {@code d} appended when
     * there is none. The list given is not changed.
     */
    public static List<DatasetInfo> merge(List<DatasetInfo> datasets, DatasetInfo d) {
        List<DatasetInfo> out = new ArrayList<>(datasets);
        for (int i = 0; i < out.size(); i++) {
            DatasetInfo old = out.get(i);
            if (old.name() != null && d.name() != null && old.name().strip().equals(d.name().strip())
                    && evaluation(old.role()) == evaluation(d.role())) {
                out.set(i, d.with(b -> b.role(old.role() == null ? d.role() : old.role()).revision(old.revision())));
                return out;
            }
        }
        out.add(d);
        return out;
    }

    private static boolean evaluation(String role) {
        return role != null && EVALUATION_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }
}
