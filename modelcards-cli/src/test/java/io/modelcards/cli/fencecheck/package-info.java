/**
 * Fixtures for {@code ApiFenceRuleTest}: one class that crosses the API fence into another module's internals, and one
 * that keeps to the API. Never imported by the fence test over the product, which reads main classes only.
 */
package io.modelcards.cli.fencecheck;
