/**
 * Problems found in an input, reported the same way everywhere: a {@link Diagnostic} prints as
 * {@code path:line:col: severity: message [code]} and says how to fix the problem.
 *
 * <p>{@link InvalidInputException} carries the diagnostics of an input that cannot be read, and a {@link SourceMap}
 * places a JSON Pointer into the card at the line and column of the file it was read from.
 */
package io.modelcards.diagnostic;
