/**
 * The registry's search benchmark: generated cards indexed into an embedded H2 database, then timed searches by
 * metric threshold and by free text (run by {@code bench/registry-search/run}, never as a unit test).
 */
package io.modelcards.bench.search;
