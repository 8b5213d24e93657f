/**
 * Per-column statistics, accumulated on each worker and merged at the end: exact up to stated bounds, then
 * DataSketches (KLL, HLL) and heavy hitters.
 */
package io.modelcards.profile.internal.column;
