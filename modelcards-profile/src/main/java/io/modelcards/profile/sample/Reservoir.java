package io.modelcards.profile.sample;

import java.util.List;

/**
 * A seeded sample of rows that does not depend on how the input was split among workers.
 *
 * <p>STUB: signatures agreed; the implementation is being written.
 */
public final class Reservoir {
    /** A kept row: where it was, and its bytes as one JSON object. */
    public record Kept(int fileIndex, long offset, long line, byte[] raw) {}

    public Reservoir(int capacity, long seed) {}

    /** Whether a row at this place would be kept now. */
    public boolean wants(int fileIndex, long offset) {
        return false;
    }

    /** Offers a row; keeps a copy of its bytes when it ranks among the capacity smallest keys. */
    public void offer(int fileIndex, long offset, long line, byte[] raw, int off, int len) {}

    /** Adds another worker's sample. */
    public void merge(Reservoir other) {}

    /** The kept rows by (file, offset). */
    public List<Kept> rows() {
        return List.of();
    }
}
