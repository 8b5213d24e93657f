package io.modelcards.diff;

import java.util.List;
import java.util.Objects;

/**
 * A dataset of the card that was added, removed or changed. Datasets are matched by (name, role, split).
 *
 * @param dataset  the dataset for people: its name, then its role and split in parentheses
 * @param kind     added, removed or changed
 * @param oldHash  the old content hash, or null
 * @param nowHash  the new content hash, or null
 * @param oldRows  the old row count, or null
 * @param nowRows  the new row count, or null
 * @param shift    per column, how far its distribution moved, most first; empty unless both cards profiled the dataset
 */
public record DatasetChange(String dataset, String kind, String oldHash, String nowHash, Long oldRows, Long nowRows,
                            List<ColumnShift> shift) {
    /** Keeps an unmodifiable copy of the shifts. */
    public DatasetChange {
        shift = List.copyOf(shift);
    }

    /** Whether both cards have the dataset and its content hash differs (one missing counts as different). */
    public boolean hashChanged() {
        return kind.equals("changed") && !Objects.equals(oldHash, nowHash);
    }

    /** Whether both cards have the dataset and its row count differs. */
    public boolean rowsChanged() {
        return kind.equals("changed") && !Objects.equals(oldRows, nowRows);
    }
}
