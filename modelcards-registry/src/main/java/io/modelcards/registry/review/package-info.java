/**
 * Reviews of a card revision: reviewers' decisions, the registry's approval policy and what it makes of the decisions,
 * and comments on a revision.
 */
package io.modelcards.registry.review;
