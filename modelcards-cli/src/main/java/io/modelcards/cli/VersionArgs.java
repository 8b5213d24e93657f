package io.modelcards.cli;

import io.modelcards.cli.remote.RegistryClient;
import picocli.CommandLine.Parameters;

/** The model and version a registry command acts on, its first two positional arguments. */
final class VersionArgs {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model's name in the registry.")
    String model;

    @Parameters(index = "1", paramLabel = "VERSION",
            description = "The version, or latest / latest-published where a command only reads.")
    String version;

    /** The API path of this version. */
    String path() {
        return RegistryClient.versionPath(model, version);
    }

    /** How messages name this version: {@code model version}. */
    String label() {
        return model + " " + version;
    }
}
