package io.modelcards.capture.internal.curve;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last point and, from each of
 * the buckets between, the point that spans the largest triangle with its neighbours, so the visual shape survives.
 */
public final class Lttb {
    private Lttb() {}

    /** At most {@code threshold} of {@code points} (in step order); all of them when there are no more. */
    public static Point[] downsample(Point[] points, int threshold) {
        int n = points.length;
        if (threshold >= n || threshold <= 0) {
            return threshold <= 0 ? new Point[0] : points.clone();
        }
        if (threshold == 1) {
            return new Point[] {points[n - 1]};
        }
        if (threshold == 2) {
            return new Point[] {points[0], points[n - 1]};
        }
        Point[] out = new Point[threshold];
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        out[0] = points[0];
        for (int i = 0; i < threshold - 2; i++) {
            int nextStart = (int) Math.floor((i + 1) * every) + 1;
            int nextEnd = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = nextStart; j < nextEnd; j++) {
                avgX += points[j].step();
                avgY += points[j].value();
            }
            int len = Math.max(nextEnd - nextStart, 1);
            avgX /= len;
            avgY /= len;
            int from = (int) Math.floor(i * every) + 1;
            int to = (int) Math.floor((i + 1) * every) + 1;
            double ax = points[a].step();
            double ay = points[a].value();
            double best = -1;
            int chosen = from;
            for (int j = from; j < to; j++) {
                double area = Math.abs((ax - avgX) * (points[j].value() - ay) - (ax - points[j].step()) * (avgY - ay));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
            out[i + 1] = points[chosen];
            a = chosen;
        }
        out[threshold - 1] = points[n - 1];
        return out;
    }
}
