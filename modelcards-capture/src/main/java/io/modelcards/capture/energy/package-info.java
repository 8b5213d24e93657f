/**
 * Energy used by training and the emissions it caused: measured through RAPL counters where Linux exposes them,
 * estimated from CPU time, a bundled CPU power table and a bundled grid carbon intensity table otherwise.
 * Every figure states its method, its inputs and a relative uncertainty.
 */
package io.modelcards.capture.energy;
