/** The review workflow: the states of a card revision and the one table of transitions between them. */
package io.modelcards.registry.workflow;
