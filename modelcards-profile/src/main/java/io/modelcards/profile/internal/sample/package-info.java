/**
 * The seeded sample of rows, independent of how the input was split among workers.
 */
package io.modelcards.profile.internal.sample;
