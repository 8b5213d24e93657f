package io.modelcards.profile.internal.column;

import org.apache.datasketches.hll.HashedCoupons;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Counts distinct values by their 64-bit hashes: exactly up to a bound, then with an HLL sketch.
 *
 * <p>While at most {@code exactUpTo} distinct hashes are seen they are kept in a {@link LongHashSet} and the count is
 * exact (up to 64-bit hash collisions, about n²/2⁶⁵). Beyond, every hash goes to an Apache DataSketches
 * {@link HllSketch} of {@code 2^lgK} registers, whose relative standard error is about 1.04/√(2^lgK), fed the hashes
 * as they are ({@link HashedCoupons}: they are well mixed already, so they are not hashed again). Since a worker
 * never sees more distinct values than the whole column, the count is exact exactly when the column's distinct count
 * is within the bound, however rows were split.
 */
final class DistinctCounter {
    private final int exactUpTo;
    private final int lgK;
    private LongHashSet exact;
    private HllSketch sketch;

    DistinctCounter(int exactUpTo, int lgK) {
        this.exactUpTo = exactUpTo;
        this.lgK = lgK;
        this.exact = new LongHashSet(16);
    }

    void add(long hash) {
        if (exact != null) {
            if (exact.add(hash) && exact.size() > exactUpTo) {
                sketch = toSketch(exact);
                exact = null;
            }
        } else {
            HashedCoupons.update(sketch, hash);
        }
    }

    boolean isExact() {
        return exact != null;
    }

    long estimate() {
        return exact != null ? exact.size() : Math.round(sketch.getEstimate());
    }

    /** Adds another worker's counter of the same column; {@code other} is not used afterwards. */
    void merge(DistinctCounter other) {
        if (exact != null && other.exact != null) {
            for (long h : other.exact.toArray()) {
                add(h); // switches to the sketch by itself if the union outgrows the bound
            }
            return;
        }
        Union union = new Union(lgK);
        union.update(exact != null ? toSketch(exact) : sketch);
        union.update(other.exact != null ? toSketch(other.exact) : other.sketch);
        sketch = union.getResult(TgtHllType.HLL_8);
        exact = null;
    }

    private HllSketch toSketch(LongHashSet set) {
        // HLL_8: one byte per register (16 KB at lgK 14) updates fastest; the estimate is the same for every type.
        HllSketch s = new HllSketch(lgK, TgtHllType.HLL_8);
        for (long h : set.toArray()) {
            HashedCoupons.update(s, h);
        }
        return s;
    }
}
