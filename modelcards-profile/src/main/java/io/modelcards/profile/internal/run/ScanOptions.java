package io.modelcards.profile.internal.run;

import io.modelcards.profile.ProgressListener;

/**
 * What one scan needs to know beyond the files.
 *
 * @param threads        worker threads
 * @param sample         rows to keep as the sample
 * @param seed           the sample's seed
 * @param strict         stop at the first bad row
 * @param maxRecordBytes longest record read
 * @param progress       where progress goes
 */
record ScanOptions(int threads, int sample, long seed, boolean strict, int maxRecordBytes,
                   ProgressListener progress) {}
