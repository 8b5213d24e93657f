package io.modelcards.render.jinja;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Renders all cases with Python's Jinja2 in one {@code python3} process; fails loudly when Python or Jinja2 is missing. */
final class Jinja2Oracle {
    /** Python's result for one case: its output, or the error it raised. */
    record Outcome(String output, String error) {
    }

    private static Map<String, Outcome> memo;
    private static List<String> memoNames;

    private Jinja2Oracle() {
    }

    /** Like {@link #render} but runs Python once per test JVM for the same list of cases. */
    static synchronized Map<String, Outcome> renderCached(List<DiffCase> cases) throws IOException, InterruptedException {
        List<String> names = cases.stream().map(DiffCase::name).toList();
        if (memo == null || !names.equals(memoNames)) {
            memo = render(cases);
            memoNames = names;
        }
        return memo;
    }

    static Map<String, Outcome> render(List<DiffCase> cases) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jinja2-oracle");
        Path script = dir.resolve("render_with_jinja2.py");
        Files.writeString(script, DiffCase.resource("jinja/render_with_jinja2.py"), StandardCharsets.UTF_8);
        List<Map<String, Object>> payload = new ArrayList<>();
        for (DiffCase c : cases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("template", c.template());
            m.put("context", c.context());
            payload.add(m);
        }
        Path in = dir.resolve("cases.json");
        Path out = dir.resolve("results.json");
        DiffCase.JSON.writeValue(in.toFile(), payload);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("python3 is required for the differential Jinja2 tests but could not be started: "
                    + e.getMessage() + ". Install Python 3 with Jinja2 3.1 (pip install jinja2==3.1.6).", e);
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3 with Jinja2 failed to render the cases (is Jinja2 installed? pip install"
                    + " jinja2==3.1.6):\n" + log);
        }
        JsonNode root = DiffCase.JSON.readTree(out.toFile());
        String version = root.path("jinja2_version").asText();
        if (!version.startsWith("3.1")) {
            throw new AssertionError("the differential tests expect Jinja2 3.1, found " + version);
        }
        Map<String, Outcome> results = new LinkedHashMap<>();
        root.path("cases").fields().forEachRemaining(e -> results.put(e.getKey(), new Outcome(
                e.getValue().has("output") ? e.getValue().get("output").asText() : null,
                e.getValue().has("error") ? e.getValue().get("error").asText() : null)));
        return results;
    }
}
