/**
 * The Parquet reader: an in-memory DuckDB selects each column in deliverable form and feeds the rows to the sinks.
 */
package io.modelcards.profile.internal.parquet;
