/**
 * The drivers of {@code bench/registry-load}: seeding a registry over its REST API, publishing through the full review
 * workflow from many threads and timing it, and an embedded PostgreSQL for the {@code --db} run.
 */
package io.modelcards.bench.registry;
