/**
 * Upgrades cards written at an older schema version to the current one, one version step at a time
 * ({@link Migrations}), before they are bound to the card records.
 */
package io.modelcards.schema;
