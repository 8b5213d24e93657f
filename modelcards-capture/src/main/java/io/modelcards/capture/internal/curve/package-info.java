/**
 * The training curve in bounded memory: one bucketed series per metric, downsampled with LTTB when the card is
 * built, keeping the first, last, extreme and best-checkpoint values exact.
 */
package io.modelcards.capture.internal.curve;
