package io.modelcards.capture.internal.curve;

/** One point of a curve; {@code epoch} is NaN when unknown. */
public record Point(long step, double epoch, double value) {

    /** A reusable point, so that adding to a series allocates nothing. */
    static final class Mutable {
        long step;
        double epoch;
        double value;

        void set(long s, double e, double v) {
            step = s;
            epoch = e;
            value = v;
        }

        Point freeze() {
            return new Point(step, epoch, value);
        }
    }
}
