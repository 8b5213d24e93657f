package io.modelcards.capture.internal.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void keepsEveryPointUntilFull() {
        Series s = new Series(16);
        for (int i = 0; i < 16; i++) {
            s.add(i, Double.NaN, i);
        }
        assertThat(s.points()).hasSize(16);
    }

    @Test
    void compactionKeepsEachGroupsExtremes() {
        Series s = new Series(8);
        double[] values = {5, 1, 9, 5, 5, 5, 0, 5, 5};
        for (int i = 0; i < values.length; i++) {
            s.add(i, Double.NaN, values[i]);
        }
        assertThat(s.points()).extracting(Point::value).contains(1.0, 9.0, 0.0);
        assertThat(s.points().length).isLessThanOrEqualTo(8);
    }

    @Test
    void extremesAreExactAndTheEarliestOfEquals() {
        Series s = new Series(8);
        for (int i = 0; i < 100; i++) {
            s.add(i, Double.NaN, i % 10);
        }
        assertThat(s.min()).isEqualTo(new Point(0, Double.NaN, 0));
        assertThat(s.max()).isEqualTo(new Point(9, Double.NaN, 9));
        assertThat(s.last().step()).isEqualTo(99);
    }

    @Test
    void notANumberIsIgnored() {
        Series s = new Series(8);
        s.add(1, Double.NaN, Double.NaN);
        assertThat(s.count()).isZero();
        assertThat(s.first()).isNull();
    }

    @Test
    void aCapacityThatIsNotAMultipleOfFourIsRefused() {
        assertThatThrownBy(() -> new Series(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortSeriesKeepsEveryPointWithALargeCapacity() {
        Series s = new Series(2048);
        for (int i = 0; i < 300; i++) {
            s.add(i, Double.NaN, i);
        }
        assertThat(s.points()).hasSize(300);
        assertThat(s.points()[299]).isEqualTo(new Point(299, Double.NaN, 299));
    }
}
