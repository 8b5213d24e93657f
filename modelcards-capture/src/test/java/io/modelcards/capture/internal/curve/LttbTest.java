package io.modelcards.capture.internal.curve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LttbTest {

    private static Point[] line(int n) {
        Point[] p = new Point[n];
        for (int i = 0; i < n; i++) {
            p[i] = new Point(i, Double.NaN, i);
        }
        return p;
    }

    @Test
    void keepsTheFirstAndLastPoint() {
        Point[] out = Lttb.downsample(line(1000), 50);

        assertThat(out).hasSize(50);
        assertThat(out[0].step()).isZero();
        assertThat(out[49].step()).isEqualTo(999);
    }

    @Test
    void returnsEveryPointWhenThereAreNoMoreThanTheThreshold() {
        assertThat(Lttb.downsample(line(10), 50)).hasSize(10);
    }

    @Test
    void aSingleSpikeInAFlatLineSurvives() {
        Point[] flat = new Point[1000];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = new Point(i, Double.NaN, i == 517 ? 10 : 0);
        }
        assertThat(Lttb.downsample(flat, 50)).extracting(Point::step).contains(517L);
    }
}
