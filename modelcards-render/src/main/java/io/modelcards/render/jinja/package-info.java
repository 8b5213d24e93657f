/**
 * A Jinja2-compatible template engine: templates render byte for byte as Python's Jinja2 3.1 renders them with a
 * default {@code Environment}, proven by a differential test suite that runs Python's Jinja2 inside the test run.
 *
 * <p>How it works. {@link io.modelcards.render.jinja.JinjaEngine#compile} lexes and parses a template once
 * (following Jinja2's own lexer and grammar) into a tree of nodes that evaluate themselves with Python semantics:
 * Python's {@code str()}/{@code repr()} of values, float text, integer arithmetic without overflow, Python string,
 * list and dict methods, and every one of Jinja2's built-in filters, tests and globals, loop variables and scoping.
 *
 * <p>Why not Jinjava. Jinjava's defaults differ from Jinja2 in dozens of places (Python repr, float text,
 * string methods, tojson, whitespace), and interpreting its tree renders the Hugging Face default template about
 * 4x slower than Python; the compiled tree renders it several times faster than Python.
 *
 * <p>Safety. Templates reach only data: no Java methods (only the allowed Python-ish methods), no file, classpath
 * or network access ({@code include}, {@code import}, {@code extends} are refused), bounded output size, bounded
 * size of every string and list an operation builds (checked before it allocates) and of all of them together, a
 * render deadline checked on every loop step and call and inside long-running filters, bounded macro and loop
 * recursion, and the caller's data is read-only. No Java name reaches output or a message. Problems come back as
 * located {@link io.modelcards.diagnostic.Diagnostic}s with stable codes
 * ({@code template/syntax}, {@code template/undefined}, {@code template/runtime}, {@code template/output-limit},
 * {@code template/timeout}, {@code template/recursion}, {@code template/forbidden}); render never throws.
 */
package io.modelcards.render.jinja;
