/**
 * The registry's catalog: models, their versions, and each version's content-addressed card revisions, stored in the
 * registry's database.
 */
package io.modelcards.registry.catalog;
