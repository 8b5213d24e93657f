package io.modelcards.profile.internal.source;

/**
 * A run of whole records of one text file, cut at record boundaries, for one worker to parse.
 *
 * @param source      the file
 * @param data        the bytes; only {@code [0, length)} is the block. The buffer goes back to the pool after parsing
 * @param length      bytes in the block
 * @param startOffset offset of {@code data[0]} in the decompressed file
 * @param firstLine   1-based line of {@code data[0]}
 * @param header      for CSV and TSV, the file's header record (without its line end); null for JSONL
 */
public record Block(DataSource source, byte[] data, int length, long startOffset, long firstLine, byte[] header) {}
