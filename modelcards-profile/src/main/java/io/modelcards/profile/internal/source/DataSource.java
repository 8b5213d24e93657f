package io.modelcards.profile.internal.source;

import java.nio.file.Path;

/**
 * One file of a dataset, as found: where it is, how it is shown in messages and profiles, and how to read it.
 *
 * @param index       place in the dataset's file order
 * @param path        the file
 * @param shown       the path as messages and the profile show it
 * @param format      row format
 * @param compression compression, sniffed from the first bytes
 * @param bytes       size on disk
 */
public record DataSource(int index, Path path, String shown, DataFormat format, Compression compression, long bytes) {}
