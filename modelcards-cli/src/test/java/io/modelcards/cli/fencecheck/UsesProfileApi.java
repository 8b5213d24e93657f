package io.modelcards.cli.fencecheck;

import io.modelcards.profile.Profiler;

/** Fixture: a CLI class that uses modelcards-profile through its API only, which the fence rule must accept. */
public final class UsesProfileApi {
    private UsesProfileApi() {}

    /** A use of the API type. */
    public static Object profiler() {
        return Profiler.builder();
    }
}
