package io.modelcards.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.card.DatasetProfile;
import io.modelcards.card.SchemaVersion;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap;
import java.nio.file.Path;

/**
 * Reads a dataset profile ({@code profile.json}, as {@code modelcards profile} writes it) and checks it, reporting
 * every problem at its line and column with a {@code profile/...} code.
 */
public final class ProfileReader {
    private static final JsonDocuments.Kind PROFILE = new JsonDocuments.Kind("profile",
            "write the profile with modelcards profile, or remove the field");

    private ProfileReader() {}

    /** The profile in the file at {@code path}; {@code name} is how the user named it, used in diagnostics. */
    public static DatasetProfile read(Path path, String name) throws InvalidInputException {
        return read(InputText.read(path, name), name);
    }

    /** The profile written in {@code text}; {@code name} names the input in diagnostics. */
    public static DatasetProfile read(String text, String name) throws InvalidInputException {
        ObjectMapper mapper = CardMappers.json();
        JsonNode tree = JsonDocuments.tree(mapper, text, name, PROFILE);
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw new InvalidInputException(Diagnostic.error(name, 1, 1, "profile/not-object",
                    "a profile must be a JSON object: write it with modelcards profile DATA -o profile.json"));
        }
        JsonNode version = tree.get("schema_version");
        if (version == null || !version.isTextual()) {
            throw new InvalidInputException(Diagnostic.error(name, 1, 1, "profile/schema-version",
                    "no \"schema_version\": is this a profile.json written by modelcards profile?").atPointer("/schema_version"));
        }
        if (!SchemaVersion.READABLE.contains(version.asText())) {
            var pos = SourceLocator.locate(mapper, text, "/schema_version").orElse(new SourceMap.Position(1, 1));
            throw new InvalidInputException(Diagnostic.error(name, pos.line(), pos.column(), "profile/schema-version",
                    "schema_version " + version.asText() + " is not one this modelcards reads (" + String.join(", ", SchemaVersion.READABLE)
                            + "): upgrade modelcards, or profile the data again with this one").atPointer("/schema_version"));
        }
        return JsonDocuments.read(mapper, text, name, DatasetProfile.class, PROFILE);
    }
}
