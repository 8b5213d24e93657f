package io.modelcards.registry.catalog;

import java.time.Instant;

/**
 * A model in the catalog.
 *
 * @param name      its unique name
 * @param createdAt when it was created
 * @param createdBy the actor who created it (the model's owner for "authors edit their own models")
 */
public record ModelEntry(String name, Instant createdAt, String createdBy) {}
