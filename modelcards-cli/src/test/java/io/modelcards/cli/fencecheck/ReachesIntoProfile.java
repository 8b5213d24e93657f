package io.modelcards.cli.fencecheck;

import io.modelcards.profile.internal.scan.RowProblems;

/** Fixture: a CLI class that uses an internal type of modelcards-profile, which the fence rule must report. */
public final class ReachesIntoProfile {
    private ReachesIntoProfile() {}

    /** A use of the internal type. */
    public static Object problems() {
        return new RowProblems();
    }
}
