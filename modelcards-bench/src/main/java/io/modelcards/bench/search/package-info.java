/**
 * The registry's search benchmark: generated cards written into an embedded H2 database (and PostgreSQL), the search
 * index built from them, then timed searches by metric threshold and by free text (run by
 * {@code bench/registry-search/run}, never as a unit test).
 */
package io.modelcards.bench.search;
