package io.modelcards.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code --vars} file: a JSON object whose members become template variables, in order. */
final class TemplateVars {
    private TemplateVars() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> readJsonObject(Path path) {
        String name = path.toString();
        String text = InputFiles.read(path, name);
        JsonNode node;
        try {
            node = CardMappers.json().readTree(text);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw CliFailure.invalid(Diagnostic.error(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "vars/syntax", "cannot parse JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        }
        if (node == null || !node.isObject()) {
            throw CliFailure.invalid(Diagnostic.error(name, 1, 1, "vars/not-object",
                    "--vars must hold a JSON object such as {\"model_id\": \"my-model\"}"));
        }
        return CardMappers.json().convertValue(node, LinkedHashMap.class);
    }
}
