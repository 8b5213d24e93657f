package io.modelcards.bench.registry;

/** The requests of one timed unit of a publish run: a workflow of the registry, or the floor's six writes. */
@FunctionalInterface
interface Steps {
    /**
     * Runs the requests for the new name {@code model}, writing each request's time in nanoseconds into {@code nanos};
     * fails on any unexpected answer.
     */
    void run(String model, long[] nanos);
}
