package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Identity of a dataset the model saw, and optionally its statistics.
 *
 * <p>{@link DatasetInfoBuilder} builds one by naming each value; {@code withRole(…)} and the other withers change one value.
 *
 * @param name        dataset name or id
 * @param role        "training", "evaluation" or another role
 * @param sourceUri   where it was read from
 * @param revision    a revision (commit, tag) where the source is versioned
 * @param contentHash SHA-256 of the content, "sha256:&lt;hex&gt;"
 * @param split       split name, e.g. "train"
 * @param rows        number of rows, or null
 * @param bytes       size in bytes, or null
 * @param statistics  column statistics, or null when the dataset was not profiled
 */
@RecordBuilder
public record DatasetInfo(String name, String role, String sourceUri, String revision, String contentHash,
                          String split, Long rows, Long bytes, DatasetStatistics statistics)
        implements DatasetInfoBuilder.With {}
