/**
 * The benchmark of the dataset profiler against DuckDB ({@code bench/profile-vs-duckdb}): seeded benchmark data,
 * both contenders on the same files, token rates and the profiler's peak memory, driven by {@link ProfileVsDuckdb}.
 */
package io.modelcards.bench.profile;
