/**
 * The training run behind {@code modelcards demo}: {@link DemoRun} trains a small, seeded Tribuo classifier and
 * records its card end to end, so that the demo shows real captured output; {@link DemoDocumentation} adds what a
 * person writes (uses, limitations, ethics, owners, risk) from the shipped {@code documentation.md}.
 */
package io.modelcards.cli.demo;
