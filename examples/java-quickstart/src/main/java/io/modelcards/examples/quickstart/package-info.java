/** Quickstart examples: a hand-written training loop and a Tribuo run, each recorded and written as a model card. */
package io.modelcards.examples.quickstart;
