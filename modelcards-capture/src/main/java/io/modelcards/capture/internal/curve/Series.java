package io.modelcards.capture.internal.curve;

import java.util.Arrays;

/**
 * One metric's history in bounded memory. Points go into buckets; each full bucket keeps only its minimum and
 * maximum point, and when the buffer fills, adjacent buckets merge (every four kept points become their minimum and
 * maximum), so memory stays at {@code capacity} points however many arrive while peaks and troughs survive.
 * The first, last, smallest and largest points are kept exactly besides. Not thread-safe: the recorder guards it.
 */
public final class Series {
    private final int capacity;
    private long[] steps;
    private double[] values;
    private double[] epochs;
    private int size;
    private int bucket = 1;

    // The bucket being filled: its extreme points and how many raw points it has seen.
    private int pending;
    private long loStep;
    private double loValue;
    private double loEpoch;
    private long hiStep;
    private double hiValue;
    private double hiEpoch;

    private long count;
    private final Point.Mutable first = new Point.Mutable();
    private final Point.Mutable last = new Point.Mutable();
    private final Point.Mutable min = new Point.Mutable();
    private final Point.Mutable max = new Point.Mutable();

    /** A series that keeps at most {@code capacity} points (a multiple of 4, at least 8). */
    public Series(int capacity) {
        if (capacity < 8 || capacity % 4 != 0) {
            throw new IllegalArgumentException("capacity must be a multiple of 4 and at least 8: " + capacity);
        }
        this.capacity = capacity;
        // Start small and grow to capacity, so that many short series cost little.
        int initial = Math.min(capacity, 64);
        steps = new long[initial];
        values = new double[initial];
        epochs = new double[initial];
    }

    /** Adds a point; {@code epoch} is NaN when unknown. NaN values are ignored: they have no place on a curve. */
    public void add(long step, double epoch, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (count == 0) {
            first.set(step, epoch, value);
            min.set(step, epoch, value);
            max.set(step, epoch, value);
        } else {
            if (value < min.value) {
                min.set(step, epoch, value);
            }
            if (value > max.value) {
                max.set(step, epoch, value);
            }
        }
        last.set(step, epoch, value);
        count++;
        if (pending == 0 || value < loValue) {
            loStep = step;
            loValue = value;
            loEpoch = epoch;
        }
        if (pending == 0 || value > hiValue) {
            hiStep = step;
            hiValue = value;
            hiEpoch = epoch;
        }
        if (++pending == bucket) {
            flushPending();
        }
    }

    private void flushPending() {
        int needed = size + (loStep == hiStep ? 1 : 2);
        if (needed > steps.length && steps.length < capacity) {
            int grown = Math.min(capacity, steps.length * 2);
            steps = Arrays.copyOf(steps, grown);
            values = Arrays.copyOf(values, grown);
            epochs = Arrays.copyOf(epochs, grown);
        }
        if (needed > steps.length) {
            compact();
        }
        if (loStep == hiStep) {
            append(loStep, loEpoch, loValue);
        } else if (loStep < hiStep) {
            append(loStep, loEpoch, loValue);
            append(hiStep, hiEpoch, hiValue);
        } else {
            append(hiStep, hiEpoch, hiValue);
            append(loStep, loEpoch, loValue);
        }
        pending = 0;
    }

    private void append(long step, double epoch, double value) {
        steps[size] = step;
        epochs[size] = epoch;
        values[size++] = value;
    }

    // Every group of four kept points becomes its minimum and maximum, in step order; buckets then double.
    private void compact() {
        int out = 0;
        for (int g = 0; g < size; g += 4) {
            int end = Math.min(g + 4, size);
            int lo = g;
            int hi = g;
            for (int i = g + 1; i < end; i++) {
                if (values[i] < values[lo]) {
                    lo = i;
                }
                if (values[i] > values[hi]) {
                    hi = i;
                }
            }
            int a = Math.min(lo, hi);
            int b = Math.max(lo, hi);
            move(a, out++);
            if (b != a) {
                move(b, out++);
            }
        }
        size = out;
        bucket = bucket == 1 ? 4 : bucket * 2;
    }

    private void move(int from, int to) {
        steps[to] = steps[from];
        epochs[to] = epochs[from];
        values[to] = values[from];
    }

    /** The kept points in step order, including the bucket still being filled. */
    public Point[] points() {
        int extra = pending == 0 ? 0 : loStep == hiStep ? 1 : 2;
        Point[] out = new Point[size + extra];
        for (int i = 0; i < size; i++) {
            out[i] = new Point(steps[i], epochs[i], values[i]);
        }
        if (extra > 0) {
            Point lo = new Point(loStep, loEpoch, loValue);
            Point hi = new Point(hiStep, hiEpoch, hiValue);
            out[size] = loStep <= hiStep ? lo : hi;
            if (extra == 2) {
                out[size + 1] = loStep <= hiStep ? hi : lo;
            }
        }
        return out;
    }

    /** How many points were added in all. */
    public long count() {
        return count;
    }

    /** The first point added, or null if none. */
    public Point first() {
        return count == 0 ? null : first.freeze();
    }

    /** The last point added, or null if none. */
    public Point last() {
        return count == 0 ? null : last.freeze();
    }

    /** The smallest point (the earliest of equals), or null if none. */
    public Point min() {
        return count == 0 ? null : min.freeze();
    }

    /** The largest point (the earliest of equals), or null if none. */
    public Point max() {
        return count == 0 ? null : max.freeze();
    }

    /** How many points this series can hold. */
    public int capacity() {
        return capacity;
    }
}
