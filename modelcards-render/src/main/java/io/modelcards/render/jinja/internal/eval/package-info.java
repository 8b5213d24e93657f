/**
 * Evaluates a parsed template: statement {@code Node}s and {@code Expr}essions that evaluate themselves against
 * {@code Frame}s (Jinja2's scoping), {@code For} loops with Jinja2's loop object, {@code Macro}s with {@code caller},
 * assignment {@code Target}s, and the {@code RenderState} of one render (output buffer, limits, deadline, recursion
 * depth, warnings).
 *
 * <p>Internal to the engine: only {@code io.modelcards.render.jinja} may use it; other modules must not.
 */
package io.modelcards.render.jinja.internal.eval;
