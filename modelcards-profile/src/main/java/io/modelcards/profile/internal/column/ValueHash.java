package io.modelcards.profile.internal.column;

/**
 * 64-bit hashes of scalar values, so that equal values hash equally whatever their textual form.
 *
 * <p>An int and a float of the same value (1 and 1.0) hash the same, as do -0.0 and 0.0, and every NaN. Ints hash
 * through a bijection (MurmurHash3's finalizer), so distinct ints never collide; bools, floats and strings use their
 * own seeds. Strings are hashed by {@link TextScan} in the same pass that measures them.
 */
final class ValueHash {
    static final long INT_SEED = 0x2545F4914F6CDD1DL;
    static final long FLOAT_SEED = 0x61C8864680B583EBL;
    static final long BOOL_SEED = 0x4F1BBCDCBFA53E0BL;
    static final long NAN_HASH = 0x7FF8DEADBEEF0001L;

    private ValueHash() {}

    /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    static long ofLong(long v) {
        return mix(v ^ INT_SEED);
    }

    static long ofBool(boolean v) {
        return mix((v ? 1 : 0) ^ BOOL_SEED);
    }

    static long ofDouble(double d) {
        long asLong = (long) d;
        if (asLong == d && !(asLong == Long.MAX_VALUE || asLong == Long.MIN_VALUE)) {
            return ofLong(asLong); // also maps -0.0 to 0
        }
        if (Double.isNaN(d)) {
            return NAN_HASH;
        }
        return mix(Double.doubleToRawLongBits(d) ^ FLOAT_SEED);
    }
}
