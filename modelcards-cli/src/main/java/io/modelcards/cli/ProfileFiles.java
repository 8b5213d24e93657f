package io.modelcards.cli;

import io.modelcards.card.DatasetProfile;
import io.modelcards.card.Datasets;
import io.modelcards.codec.ProfileReader;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --profile [ROLE=]profile.json} arguments and reads the files through core's {@link ProfileReader};
 * a bad file ends the command with exit 3. Putting a profile into a card is {@link Datasets}' job.
 */
final class ProfileFiles {
    private static final Pattern ROLE_PREFIX = Pattern.compile("([A-Za-z]+)=(.+)");

    private ProfileFiles() {}

    /** One {@code --profile} argument: the role, or null to take it from the profile's split, and the file. */
    record Given(String role, Path path) {}

    /** Parses {@code [ROLE=]PATH}; a word before "=" that is no role, where no such file exists, is a usage error. */
    static Given parse(String arg) {
        Matcher m = ROLE_PREFIX.matcher(arg);
        if (m.matches()) {
            String role = m.group(1).toLowerCase(Locale.ROOT);
            if (Datasets.ROLES.contains(role)) {
                return new Given(role, Path.of(m.group(2)));
            }
            if (!Files.exists(Path.of(arg))) {
                throw CliFailure.usage("--profile", "usage/profile-role", "unknown role '" + m.group(1)
                        + "' in --profile " + arg + ": use training=PATH or evaluation=PATH, or just PATH");
            }
        }
        return new Given(null, Path.of(arg));
    }

    /** Reads and checks one profile file; {@code name} is how the user wrote its path. */
    static DatasetProfile read(Path path, String name) {
        try {
            return ProfileReader.read(path, name);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems());
        }
    }
}
