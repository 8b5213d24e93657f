package io.modelcards.render.jinja;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One differential case: a template and its JSON context, read from a {@code .cases} resource.
 * Format: {@code === name}, then one line of JSON context (or {@code @path} to a JSON resource), then {@code ---}
 * and the template up to the next {@code === } line (the newline before it is not part of the template), or
 * {@code --- @path} naming a template resource. A name ending in {@code [crlf]} turns the template's newlines into CRLF.
 */
record DiffCase(String name, String template, Map<String, Object> context) {
    static final ObjectMapper JSON = new ObjectMapper();

    static String resource(String path) {
        try (InputStream in = DiffCase.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<DiffCase> read(String path) {
        String text = resource(path);
        List<DiffCase> out = new ArrayList<>();
        String[] blocks = ("\n" + text).split("\n=== ");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int nl1 = block.indexOf('\n');
            String header = block.substring(0, nl1).strip();
            boolean crlf = header.endsWith(" [crlf]");
            String name = crlf ? header.substring(0, header.length() - 7).strip() : header;
            int nl2 = block.indexOf('\n', nl1 + 1);
            String ctxLine = block.substring(nl1 + 1, nl2).strip();
            String rest = block.substring(nl2 + 1);
            int sepEnd = rest.indexOf('\n');
            String sep = sepEnd < 0 ? rest : rest.substring(0, sepEnd);
            String template;
            if (sep.startsWith("--- @")) {
                template = resource(sep.substring(5).strip());
            } else if (sep.equals("---")) {
                template = sepEnd < 0 ? "" : rest.substring(sepEnd + 1);
            } else {
                throw new IllegalStateException(path + ": case " + name + " lacks its --- line");
            }
            String json = ctxLine.startsWith("@") ? resource(ctxLine.substring(1)) : ctxLine;
            try {
                Map<String, Object> ctx = JSON.readValue(json, LinkedHashMap.class);
                out.add(new DiffCase(name, crlf ? template.replace("\n", "\r\n") : template, ctx));
            } catch (IOException e) {
                throw new IllegalStateException(path + ": case " + name + " has bad JSON: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
