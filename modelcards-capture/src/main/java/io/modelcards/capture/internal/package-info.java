/**
 * Internals of {@code modelcards-capture}: not API, and other modules must not use them.
 *
 * <p>They are public only so that {@link io.modelcards.capture.CardRecorder}, in a sibling package, can reach them;
 * an architecture test in {@code modelcards-cli} fails the build when another module imports an {@code internal}
 * package. Use {@code io.modelcards.capture} and its {@code citation}, {@code energy} and {@code environment}
 * subpackages instead.
 */
package io.modelcards.capture.internal;
