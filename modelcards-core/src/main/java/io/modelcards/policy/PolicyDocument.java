package io.modelcards.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.codec.CardMappers;
import io.modelcards.codec.SourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.diagnostic.SourceMap.Position;
import io.modelcards.validate.Nearest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A policy file read as a tree (JSON when its name ends in {@code .json}, else YAML), collecting the problems its reader
 * finds, each located at the line and column of the setting it is about. A reader checks every setting, calling
 * {@link #error} for each mistake, and ends with {@link #throwIfProblems()}, so that a person sees all mistakes at once.
 */
public final class PolicyDocument {
    private final ObjectMapper mapper;
    private final String text;
    private final String file;
    private final JsonNode root;
    private final List<Diagnostic> problems = new ArrayList<>();

    private PolicyDocument(ObjectMapper mapper, String text, String file, JsonNode root) {
        this.mapper = mapper;
        this.text = text;
        this.file = file;
        this.root = root;
    }

    /**
     * Parses {@code text}, the file {@code file}; empty when it holds no document (an empty file means the defaults). A
     * syntax error is one problem with {@code syntaxCode} at its position: "{@code cannotParse}: what is wrong: fix the
     * syntax here".
     */
    public static Optional<PolicyDocument> parse(String text, String file, String syntaxCode, String cannotParse)
            throws InvalidInputException {
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json") ? CardMappers.json() : CardMappers.yaml();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String what = e.getOriginalMessage() == null ? "malformed input" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidInputException(Diagnostic.error(file, loc == null ? 0 : Math.max(0, loc.getLineNr()),
                    loc == null ? 0 : Math.max(0, loc.getColumnNr()), syntaxCode, cannotParse + ": " + what + ": fix the syntax here"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyDocument(mapper, text, file, root));
    }

    /** The document's top node (never null or missing). */
    public JsonNode root() {
        return root;
    }

    /** The file's name, as problems name it. */
    public String file() {
        return file;
    }

    /** Records an error with {@code code} about the setting at {@code pointer}, located there (at 1:1 when not found). */
    public void error(String pointer, String code, String message) {
        Position p = SourceLocator.locate(mapper, text, pointer).orElse(new Position(1, 1));
        problems.add(Diagnostic.error(file, p.line(), p.column(), code, message));
    }

    /**
     * Records an error with {@code code} for each key of {@code object} (at {@code at}) that is not {@code known},
     * suggesting the nearest known one.
     */
    public void unknownKeys(JsonNode object, String at, List<String> known, String code) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!known.contains(key)) {
                String hint = Nearest.amongNames(key, known).map(k -> "did you mean \"" + k + "\"? ").orElse("");
                error(at + "/" + key.replace("~", "~0").replace("/", "~1"), code, "unknown setting \"" + key + "\": " + hint
                        + "the settings here are " + String.join(", ", known));
            }
        }
    }

    /**
     * The number under {@code key} of {@code object} (at {@code at}), or null when absent; anything but a finite number is
     * an error with {@code code}, located at the value.
     */
    public Double number(JsonNode object, String at, String key, String code) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            error(at + "/" + key, code, key + " must be a number, not " + v + ": write e.g. " + key + ": 0.9");
            return null;
        }
        return v.asDouble();
    }

    /** Throws every recorded problem, in the order found, if there is any. */
    public void throwIfProblems() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
