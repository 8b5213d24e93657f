/**
 * Turns template text into the evaluator's tree, following Jinja2's own lexer and grammar: {@code Lexer} (newline
 * normalisation, whitespace control, raw blocks, comments), {@code Parser} for statements and {@code ExprParser} for
 * expressions, with filters and tests resolved against the library's tables at parse time. Tags that would read
 * another template ({@code include}, {@code import}, {@code extends}) are refused here.
 *
 * <p>Internal to the engine: only {@code io.modelcards.render.jinja} may use it; other modules must not.
 */
package io.modelcards.render.jinja.internal.syntax;
