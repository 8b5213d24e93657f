package io.modelcards.diff;

import io.modelcards.card.DatasetInfo;
import java.util.List;
import java.util.Objects;

/**
 * A dataset of the card that was added, removed or changed. Datasets are matched by (name, role, split).
 *
 * @param dataset the dataset for people: its name, then its role and split in parentheses
 * @param change  the dataset's entry in the old and the new card
 * @param shift   per column, how far its distribution moved, most first; empty unless both cards profiled the dataset
 */
public record DatasetChange(String dataset, Change<DatasetInfo> change, List<ColumnShift> shift) {
    /** Keeps an unmodifiable copy of the shifts. */
    public DatasetChange {
        shift = List.copyOf(shift);
    }

    /** Added, removed or changed. */
    public String kind() {
        return change.kind();
    }

    /** The old content hash, or null. */
    public String oldHash() {
        return change.old() == null ? null : change.old().contentHash();
    }

    /** The new content hash, or null. */
    public String nowHash() {
        return change.now() == null ? null : change.now().contentHash();
    }

    /** The old row count, or null. */
    public Long oldRows() {
        return change.old() == null ? null : change.old().rows();
    }

    /** The new row count, or null. */
    public Long nowRows() {
        return change.now() == null ? null : change.now().rows();
    }

    /** Whether both cards have the dataset and its content hash differs (one missing counts as different). */
    public boolean hashChanged() {
        return change instanceof Change.Changed<DatasetInfo> && !Objects.equals(oldHash(), nowHash());
    }

    /** Whether both cards have the dataset and its row count differs. */
    public boolean rowsChanged() {
        return change instanceof Change.Changed<DatasetInfo> && !Objects.equals(oldRows(), nowRows());
    }
}
