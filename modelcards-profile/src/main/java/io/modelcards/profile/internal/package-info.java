/**
 * Internals of {@code modelcards-profile}: not API, and other modules must not use them.
 *
 * <p>They are public only so that sibling packages (and {@link io.modelcards.profile.Profiler}) can reach them; an
 * architecture test in {@code modelcards-cli} fails the build when another module imports an {@code internal}
 * package. Use {@link io.modelcards.profile.Profiler} instead.
 */
package io.modelcards.profile.internal;
