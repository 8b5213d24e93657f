package io.modelcards.render.jinja;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.render.jinja.internal.py.TemplateError;
import io.modelcards.render.jinja.internal.syntax.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders Jinja2 templates exactly as Python's Jinja2 3.1 does with a default {@code Environment} (undefined
 * prints as nothing, no autoescape, the template's final newline dropped). Templates are compiled once into
 * modelcards' own evaluator, which implements every Jinja2 built-in filter, test and global. User templates are
 * sandboxed: no Java methods, no file, classpath or network access, bounded output, memory, time and recursion.
 */
public final class JinjaEngine {
    private static final int CACHE_SIZE = 256;

    private final Map<Key, CompiledTemplate> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompiledTemplate> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Key(String name, String source) {
    }

    private JinjaEngine() {
    }

    /** A new engine; engines are thread-safe and cache parsed templates. */
    public static JinjaEngine create() {
        return new JinjaEngine();
    }

    /**
     * Parses {@code source} once; the handle renders it many times. Syntax problems come back from every render
     * of the handle (and never as an exception).
     */
    public CompiledTemplate compile(String name, String source) {
        Key key = new Key(name, source);
        synchronized (cache) {
            CompiledTemplate t = cache.get(key);
            if (t != null) {
                return t;
            }
        }
        CompiledTemplate t = parse(name, source);
        synchronized (cache) {
            cache.put(key, t);
        }
        return t;
    }

    private CompiledTemplate parse(String name, String source) {
        try {
            return new CompiledTemplate(name, source, Parser.parse(source), List.of());
        } catch (TemplateError e) {
            return new CompiledTemplate(name, source, List.of(), List.of(TemplateProblems.of(name, e)));
        } catch (StackOverflowError e) {
            return new CompiledTemplate(name, source, List.of(), List.of(Diagnostic.error(name, 0, 0, "template/syntax",
                    "template syntax error: the template nests too deeply to parse; simplify it")));
        } catch (RuntimeException e) {
            return new CompiledTemplate(name, source, List.of(), List.of(Diagnostic.error(name, 0, 0, "template/internal",
                    "the template parser failed unexpectedly; please report this template")));
        }
    }

    /**
     * Renders {@code source} with {@code vars}. {@code name} names the template in problems (a path, or a built-in's id).
     * Never throws for bad templates or data: problems come back in the result.
     */
    public RenderResult render(String name, String source, Map<String, ?> vars, RenderOptions options) {
        return compile(name, source).render(vars, options);
    }
}
