/**
 * Python value semantics over Java values, as Jinja2's templates see them: {@code str()} and {@code repr()},
 * truth, equality and ordering, int arithmetic without overflow, float text, the {@code %} and {@code str.format}
 * mini-languages, the allowed str, list and dict methods, attribute and item lookup, JSON text, and the limits every
 * operation checks before it allocates ({@code Budget}, {@code PyRuntime}).
 *
 * <p>It depends on no other package of the engine, so the evaluator and the library build on it. Internal to the
 * engine: only {@code io.modelcards.render.jinja} may use it; other modules must not.
 */
package io.modelcards.render.jinja.internal.py;
