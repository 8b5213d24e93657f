/**
 * Profiles datasets into a card's {@code DatasetProfile}: {@link Profiler} reads CSV, TSV, JSONL and Parquet files
 * (compressed or not, or folders of shards) and computes exact full-dataset statistics on every core in bounded
 * memory, reporting its progress to a {@link ProgressListener}.
 *
 * <p>Everything else of the module is in {@code io.modelcards.profile.internal}, which is not API.
 */
package io.modelcards.profile;
