package io.modelcards.card;

/**
 * One file of a dataset as read.
 *
 * @param path        the path as given, or relative to the folder of shards
 * @param format      csv, tsv, jsonl or parquet
 * @param compression none, gzip or zstd
 * @param bytes       size on disk
 * @param sha256      SHA-256 of the bytes on disk, as lower-case hex
 */
public record DataFile(String path, String format, String compression, long bytes, String sha256) {}
