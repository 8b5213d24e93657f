package io.modelcards.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.modelcards.card.DatasetInfo;
import io.modelcards.card.DatasetProfile;
import io.modelcards.card.SchemaVersion;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.SourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --profile [ROLE=]profile.json} files (a {@link DatasetProfile}, as {@code modelcards profile} writes
 * it) and puts each into a card's datasets. Bad files are {@link CliFailure}s located at their line and column.
 */
final class ProfileFiles {
    static final Set<String> ROLES = Set.of("training", "evaluation");
    private static final Set<String> EVALUATION_SPLITS = Set.of("test", "eval", "evaluation", "validation", "valid", "dev");
    private static final Set<String> EVALUATION_ROLES = Set.of("evaluation", "eval", "test", "testing", "validation");
    private static final Pattern ROLE_PREFIX = Pattern.compile("([A-Za-z]+)=(.+)");

    private ProfileFiles() {}

    /** One {@code --profile} argument: the role, or null to take it from the profile's split, and the file. */
    record Given(String role, Path path) {}

    /** Parses {@code [ROLE=]PATH}; a word before "=" that is no role, where no such file exists, is a usage error. */
    static Given parse(String arg) {
        Matcher m = ROLE_PREFIX.matcher(arg);
        if (m.matches()) {
            String role = m.group(1).toLowerCase(Locale.ROOT);
            if (ROLES.contains(role)) {
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
        String text = InputFiles.read(path, name);
        ObjectMapper mapper = CardMappers.json();
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JacksonException e) {
            throw CliFailure.invalid(at(name, e.getLocation(), "profile/syntax",
                    "cannot parse JSON: " + firstLine(e.getOriginalMessage()) + ": fix the syntax here"));
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw CliFailure.invalid(Diagnostic.error(name, 1, 1, "profile/not-object",
                    "a profile must be a JSON object: write it with modelcards profile DATA -o profile.json"));
        }
        JsonNode version = tree.get("schema_version");
        if (version == null || !version.isTextual()) {
            throw CliFailure.invalid(Diagnostic.error(name, 1, 1, "profile/schema-version",
                    "no \"schema_version\": is this a profile.json written by modelcards profile?"));
        }
        if (!SchemaVersion.READABLE.contains(version.asText())) {
            var pos = SourceLocator.locate(mapper, text, "/schema_version").orElse(new SourceLocator.Position(1, 1));
            throw CliFailure.invalid(Diagnostic.error(name, pos.line(), pos.column(), "profile/schema-version",
                    "schema_version " + version.asText() + " is not one this modelcards reads (" + String.join(", ", SchemaVersion.READABLE)
                            + "): upgrade modelcards, or profile the data again with this one"));
        }
        try {
            return mapper.readValue(text, DatasetProfile.class);
        } catch (JacksonException e) {
            String where = e instanceof JsonMappingException jme ? pointer(jme.getPathReference()) : "/";
            Diagnostic d = at(name, e.getLocation(), "profile/type", where + ": " + explain(e));
            var pos = SourceLocator.locate(mapper, text, where);
            throw CliFailure.invalid(pos.isPresent() ? Diagnostic.error(name, pos.get().line(), pos.get().column(), d.code(), d.message()) : d);
        }
    }

    /** The role the profile gets: the given one, else from its split (test, validation, dev, … are evaluation). */
    static String role(Given given, DatasetProfile p) {
        if (given.role() != null) {
            return given.role();
        }
        String split = p.split() == null ? "" : p.split().strip().toLowerCase(Locale.ROOT);
        return EVALUATION_SPLITS.contains(split) ? "evaluation" : "training";
    }

    /**
     * {@code datasets} with {@code d} in place of the entry with the same name on the same side (training or
     * evaluation), keeping that entry's role and revision; or with {@code d} appended when there is none.
     */
    static List<DatasetInfo> merge(List<DatasetInfo> datasets, DatasetInfo d) {
        List<DatasetInfo> out = new ArrayList<>(datasets);
        for (int i = 0; i < out.size(); i++) {
            DatasetInfo old = out.get(i);
            if (old.name() != null && d.name() != null && old.name().strip().equals(d.name().strip())
                    && evaluation(old.role()) == evaluation(d.role())) {
                out.set(i, d.with().role(old.role() == null ? d.role() : old.role()).revision(old.revision()).build());
                return out;
            }
        }
        out.add(d);
        return out;
    }

    private static boolean evaluation(String role) {
        return role != null && EVALUATION_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    private static String explain(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\": write the profile with modelcards profile, or remove the field";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            String want = List.class.isAssignableFrom(t) ? "a list" : t.isRecord() || java.util.Map.class.isAssignableFrom(t) ? "an object"
                    : t == String.class ? "text" : t == Boolean.class || t == boolean.class ? "true or false"
                    : Number.class.isAssignableFrom(t) || t.isPrimitive() ? "a number" : "a value";
            return "expected " + want + " here";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static Diagnostic at(String file, JsonLocation loc, String code, String message) {
        int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
        int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        return Diagnostic.error(file, line, col, code, message);
    }

    private static String firstLine(String s) {
        return s == null ? "malformed input" : s.lines().findFirst().orElse("malformed input");
    }

    /** Jackson's {@code DatasetProfile["columns"]->...[0]} reference as a JSON pointer. */
    private static String pointer(String ref) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\[(\"([^\"]*)\"|(\\d+))\\]").matcher(ref == null ? "" : ref);
        while (m.find()) {
            sb.append('/').append(m.group(2) != null ? m.group(2) : m.group(3));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
