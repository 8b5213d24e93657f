package io.modelcards.card;

import java.util.Map;

/**
 * Hardware and software a model was trained on.
 *
 * @param jvm          JVM vendor and version
 * @param os           operating system name, version and architecture
 * @param cpu          CPU model
 * @param cores        logical cores
 * @param memoryBytes  physical memory
 * @param gpu          GPU model(s), or null
 * @param libraries    library name to version, for the libraries that matter
 * @param gitCommit    commit of the training code, when it ran inside a git repository
 * @param cloudProvider cloud provider, when known
 * @param computeRegion compute region, when known
 */
public record Environment(
        String jvm,
        String os,
        String cpu,
        Integer cores,
        Long memoryBytes,
        String gpu,
        Map<String, String> libraries,
        String gitCommit,
        String cloudProvider,
        String computeRegion) {

    public Environment {
        libraries = Lists.copy(libraries);
    }
}
