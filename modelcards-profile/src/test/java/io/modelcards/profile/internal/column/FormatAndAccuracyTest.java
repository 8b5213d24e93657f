package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelcards.card.SketchAccuracy;
import org.apache.datasketches.kll.KllSketch;
import org.junit.jupiter.api.Test;

class FormatAndAccuracyTest {
    @Test
    void floatsAreWrittenAsPythonReprWritesThem() {
        assertThat(ValueFormat.pythonRepr(1.0)).isEqualTo("1.0");
        assertThat(ValueFormat.pythonRepr(2.5)).isEqualTo("2.5");
        assertThat(ValueFormat.pythonRepr(-0.1)).isEqualTo("-0.1");
        assertThat(ValueFormat.pythonRepr(1e-5)).isEqualTo("1e-05");
        assertThat(ValueFormat.pythonRepr(0.0001)).isEqualTo("0.0001");
        assertThat(ValueFormat.pythonRepr(1e16)).isEqualTo("1e+16");
        assertThat(ValueFormat.pythonRepr(1234567.0)).isEqualTo("1234567.0");
        assertThat(ValueFormat.pythonRepr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(ValueFormat.pythonRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void accuracyStatesTheBoundsOfTheSettings() {
        ColumnSettings s = ColumnSettings.defaults();
        SketchAccuracy a = ColumnAccuracy.accuracy(s);
        assertThat(a.quantileRankError()).isEqualTo(KllSketch.getNormalizedRankError(200, false));
        assertThat(a.distinctRelativeError()).isCloseTo(1.04 / 128, within(1e-12));
        assertThat(a.distinctExactUpTo()).isEqualTo(100_000L);
        assertThat(a.topExactUpTo()).isEqualTo(10_000L);
        assertThat(a.topMaxOvercountShare()).isEqualTo(1.0 / 1024);
        assertThat(a.method()).contains("HLL").contains("KLL").contains("Space-Saving");
    }

    @Test
    void theEarliestPlacesAreKeptWhateverTheOrderTheyAreRecorded() {
        Columns c = new Columns("x");
        Positions p = new Positions(3);
        for (long line : new long[] {9, 4, 7, 1, 8, 2}) {
            c.at(line);
            p.record(c.context);
        }
        assertThat(new long[] {p.line(0), p.line(1), p.line(2)}).containsExactly(1, 2, 4);
    }
}
