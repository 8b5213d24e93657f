package io.modelcards.cli;

import io.modelcards.codec.InputText;
import io.modelcards.diagnostic.InvalidInputException;
import java.nio.file.Path;

/** Reads a text input through core's strict reader ({@link InputText}); an unreadable file ends the command with exit 3. */
final class InputFiles {
    private InputFiles() {}

    /** The file's text; {@code name} is how the user named it, used in messages. */
    static String read(Path path, String name) {
        try {
            return InputText.read(path, name);
        } catch (InvalidInputException e) {
            throw new CliFailure(ExitCode.INVALID, e.problems());
        }
    }
}
