package org.apache.datasketches.hll;

/**
 * Feeds an {@link HllSketch} values that are already well-mixed 64-bit hashes, without hashing them a second time.
 *
 * <p>Why this class sits in DataSketches' package: {@link HllSketch#update(long)} runs every datum through
 * MurmurHash3-128 before it touches a register, and a profile's values are already 64-bit hashes
 * ({@code io.modelcards.profile.internal.column.ValueHash}), so that second hash was a tenth of a whole profile run's
 * CPU on a 1 M-row file. The sketch's only entry that takes a finished coupon is package-private, hence this one
 * class in the library's package (the product runs on the class path, where a package may span jars).
 *
 * <p>The coupon is built as DataSketches builds its own: the slot from the low 26 bits, the register value from the
 * leading zeros of the other, independent bits (the top 38; capped, so a value never reads the slot's bits). Every
 * sketch of a column must be fed this way, and only this way, for their union to mean anything.
 */
public final class HashedCoupons {
    private static final int VALUE_BITS = 64 - HllUtil.KEY_BITS_26;

    private HashedCoupons() {}

    /** Presents one value, given by its 64-bit hash, to the sketch. */
    public static void update(HllSketch sketch, long hash) {
        int slot = (int) (hash & HllUtil.KEY_MASK_26);
        int value = Math.min(Long.numberOfLeadingZeros(hash), VALUE_BITS) + 1;
        sketch.couponUpdate(value << HllUtil.KEY_BITS_26 | slot);
    }
}
