package io.modelcards.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A template and the context it is rendered with, read from files so Python and Java render the same input. */
public record Workload(String name, String template, Map<String, Object> context) {
    /** Reads {@code templatePath} (UTF-8) and {@code contextPath} (a JSON object). */
    @SuppressWarnings("unchecked")
    public static Workload read(String name, Path templatePath, Path contextPath) throws IOException {
        String template = Files.readString(templatePath, StandardCharsets.UTF_8);
        Map<String, Object> context = new ObjectMapper().readValue(contextPath.toFile(), LinkedHashMap.class);
        return new Workload(name, template, context);
    }
}
