package io.modelcards.merge;

/**
 * How {@link CardMerge#merge} treats what only one side has.
 *
 * @param dropMissing drop a field that was captured in the previous card but is absent from the new capture, instead of
 *                    keeping it with a {@code merge/missing-captured} warning
 */
public record MergeOptions(boolean dropMissing) {
    /** Keep fields the new capture lacks, with a warning for each. */
    public static final MergeOptions DEFAULT = new MergeOptions(false);

    /** These options with {@code dropMissing} instead. */
    public MergeOptions withDropMissing(boolean drop) {
        return new MergeOptions(drop);
    }
}
