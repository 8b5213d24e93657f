/**
 * Jinja2's built-in library: every filter ({@code FilterTable}), test ({@code TestTable}) and global
 * ({@code Globals}), each in one immutable table with a one-line description, and the larger filters in their own
 * classes ({@code WordWrap}, {@code PrettyPrint}, {@code Urlize}, {@code Html}).
 *
 * <p>Internal to the engine: only {@code io.modelcards.render.jinja} may use it; other modules must not.
 */
package io.modelcards.render.jinja.internal.lib;
