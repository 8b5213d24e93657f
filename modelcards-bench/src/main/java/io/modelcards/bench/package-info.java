/**
 * Benchmarks of modelcards: the JMH benchmarks run from {@code modelcards-bench/jmh}, and the Java drivers of the
 * comparisons with peer tools under {@code bench/} (render speed against Python's Jinja2, the plain Tribuo run).
 */
package io.modelcards.bench;
