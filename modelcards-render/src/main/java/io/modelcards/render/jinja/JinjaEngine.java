package io.modelcards.render.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import io.modelcards.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders Jinja2 templates the way Python's Jinja2 does with a default {@code Environment}.
 * FIRST VERSION: plain Jinjava; the engine owner replaces the internals, keeping this API.
 */
public final class JinjaEngine {
    private final Jinjava jinjava;

    private JinjaEngine() {
        this.jinjava = new Jinjava(JinjavaConfig.newBuilder().build());
    }

    /** A new engine; engines are thread-safe and cache parsed templates. */
    public static JinjaEngine create() {
        return new JinjaEngine();
    }

    /**
     * Renders {@code source} with {@code vars}. {@code name} names the template in problems (a path, or a built-in's id).
     * Never throws for bad templates or data: problems come back in the result.
     */
    public RenderResult render(String name, String source, Map<String, ?> vars, RenderOptions options) {
        var r = jinjava.renderForResult(source, new java.util.HashMap<>(vars));
        List<Diagnostic> problems = new ArrayList<>();
        for (var e : r.getErrors()) {
            problems.add(Diagnostic.error(name, Math.max(0, e.getLineno()), Math.max(0, e.getStartPosition()), "template/" + e.getReason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage()));
        }
        return new RenderResult(r.getOutput(), problems);
    }
}
