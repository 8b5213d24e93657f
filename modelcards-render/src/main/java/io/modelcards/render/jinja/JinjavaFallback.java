package io.modelcards.render.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.TemplateError.ErrorType;
import com.hubspot.jinjava.loader.ResourceLocator;
import io.modelcards.diagnostic.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders, with Jinjava in its most Jinja2-like settings, the rare templates the compiled evaluator does not
 * handle (the filter {@code urlize}). Sandboxed like the main path: no template loading,
 * bounded output, a deadline checked before every node, bounded macro recursion.
 */
final class JinjavaFallback {
    private static final LegacyOverrides PYTHON_LIKE = LegacyOverrides.newBuilder()
            .withEvaluateMapKeys(true)
            .withIterateOverMapKeys(true)
            .withUsePyishObjectMapper(true)
            .withUseSnakeCasePropertyNaming(true)
            .withUseNaturalOperatorPrecedence(true)
            .withParseWhitespaceControlStrictly(true)
            .withAllowAdjacentTextNodes(true)
            .withUseTrimmingForNotesAndExpressions(true)
            .withKeepNullableLoopValues(true)
            .build();
    private static final ResourceLocator REFUSE = (path, charset, interpreter) -> {
        throw new IOException("templates may not read other templates or files: " + path);
    };
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    /** Why the render was stopped from inside Jinjava. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("render time limit reached", null, false, false);
        }
    }

    RenderResult render(String name, String source, Map<String, Object> context, RenderOptions options) {
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withLegacyOverrides(PYTHON_LIKE)
                .withMaxOutputSize(options.maxOutputChars())
                .withMaxStringLength(options.maxOutputChars())
                .withRangeLimit(1_000_000)
                .withMaxRenderDepth(10)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(Interp.MAX_DEPTH)
                .withFailOnUnknownTokens(options.strict())
                .withDisabled(Map.of(Context.Library.TAG, Set.of("include", "import", "from", "extends"),
                        Context.Library.FUNCTION, Set.of("range"), Context.Library.FILTER, Set.of("random", "shuffle")))
                .withProcessors(JinjavaProcessors.newBuilder().withNodePreProcessor((node, interpreter) -> {
                    long[] d = DEADLINE.get();
                    if (d != null && System.nanoTime() - d[0] > 0) {
                        throw new Stop();
                    }
                }).build())
                .build();
        Jinjava jinjava = new Jinjava(config);
        jinjava.setResourceLocator(REFUSE);
        DEADLINE.set(new long[] {System.nanoTime() + options.timeout().toNanos()});
        try {
            String src = Lexer.normalise(source);
            var r = jinjava.renderForResult(src, context);
            List<Diagnostic> problems = new ArrayList<>();
            boolean failed = false;
            for (var e : r.getErrors()) {
                boolean fatal = e.getSeverity() == ErrorType.FATAL;
                failed |= fatal;
                String code = switch (e.getReason()) {
                    case SYNTAX_ERROR -> "template/syntax";
                    case UNKNOWN -> "template/undefined";
                    case OUTPUT_TOO_BIG, OVER_LIMIT, COLLECTION_TOO_BIG -> "template/output-limit";
                    case MISSING, DISABLED, BAD_URL -> "template/forbidden";
                    default -> "template/runtime";
                };
                String msg = e.getMessage() + " (rendered by the Jinjava fallback; " + e.getReason().name().toLowerCase(Locale.ROOT) + ")";
                problems.add(fatal || options.strict() ? Diagnostic.error(name, Math.max(0, e.getLineno()), Math.max(0, e.getStartPosition()), code, msg)
                        : Diagnostic.warning(name, Math.max(0, e.getLineno()), Math.max(0, e.getStartPosition()), code, msg));
            }
            return new RenderResult(failed ? "" : r.getOutput(), problems);
        } catch (Stop e) {
            return new RenderResult("", List.of(Diagnostic.error(name, 0, 0, "template/timeout", "the render took longer than "
                    + options.timeout().toMillis() + " ms and was stopped; look for a loop over a huge range or endless recursion")));
        } finally {
            DEADLINE.remove();
        }
    }
}
