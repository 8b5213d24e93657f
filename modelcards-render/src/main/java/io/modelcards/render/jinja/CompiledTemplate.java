package io.modelcards.render.jinja;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.jinja.internal.eval.Frame;
import io.modelcards.render.jinja.internal.eval.Node;
import io.modelcards.render.jinja.internal.eval.RenderState;
import io.modelcards.render.jinja.internal.py.TemplateError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template parsed once and rendered many times. Thread-safe: each render keeps its own state.
 * A template that failed to parse renders to no output and its syntax problems.
 */
public final class CompiledTemplate {
    private final String name;
    private final List<Node> body;
    private final List<Diagnostic> compileProblems;
    private volatile int sizeHint;

    CompiledTemplate(String name, String source, List<Node> body, List<Diagnostic> compileProblems) {
        this.name = name;
        this.body = body;
        this.compileProblems = List.copyOf(compileProblems);
        this.sizeHint = Math.min(1 << 20, source.length() + 256);
    }

    /** The name problems carry (a path, or a built-in template's id). */
    public String name() {
        return name;
    }

    /** Whether this template parsed without problems (false: every render returns its syntax problems). */
    public boolean isCompiled() {
        return compileProblems.isEmpty();
    }

    /** Renders with {@code vars}; never throws for bad templates or data: problems come back in the result. */
    public RenderResult render(Map<String, ?> vars, RenderOptions renderOptions) {
        RenderOptions options = RenderState.normalise(renderOptions);
        if (!compileProblems.isEmpty()) {
            return new RenderResult("", compileProblems);
        }
        RenderState in = new RenderState(name, options, sizeHint);
        try {
            Map<String, ?> context = vars == null ? Map.of() : vars;
            Node.renderAll(body, in, Frame.root(context));
            String out = in.output();
            if (out.length() > sizeHint) {
                // a capacity hint only: later renders start with a buffer as large as this output
                sizeHint = Math.min(1 << 22, out.length() + 64);
            }
            return new RenderResult(out, in.warnings());
        } catch (TemplateError e) {
            return failed(in, TemplateProblems.of(name, e));
        } catch (StackOverflowError e) {
            return failed(in, Diagnostic.error(name, 0, 0, "template/recursion", "the template nests or recurses too"
                    + " deeply; check macros and recursive loops for endless recursion"));
        } catch (OutOfMemoryError e) {
            return failed(in, Diagnostic.error(name, 0, 0, "template/output-limit", "the render ran out of memory;"
                    + " check the template for huge ranges or lists"));
        } catch (RuntimeException e) {
            return failed(in, Diagnostic.error(name, 0, 0, "template/internal", "the template engine failed"
                    + " unexpectedly; please report this template"));
        }
    }

    private static RenderResult failed(RenderState in, Diagnostic d) {
        List<Diagnostic> all = new ArrayList<>(in.warnings());
        all.add(0, d);
        return new RenderResult("", all);
    }
}
