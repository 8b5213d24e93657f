package io.modelcards.capture.internal.curve;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.capture.CardRecorder;
import io.modelcards.card.LogEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ten million logged values of a noisy decaying loss with one spike, one best checkpoint and a final value. */
class TrainingCurveTest {
    static final long EVENTS = 10_000_000L;
    static final long SPIKE_STEP = 5_000_003L;
    static final double SPIKE = 1000.0;
    static final long BEST_STEP = 7_654_321L;

    static double bestValue;
    static double finalValue;
    static CurveStore store;
    static List<LogEntry> log;

    static double loss(long step) {
        // Deterministic noise from the step's bits, so the test needs no RNG state.
        double noise = ((step * 0x9E3779B97F4A7C15L) >>> 40) / (double) (1L << 24) - 0.5;
        return 2.0 / Math.sqrt(1 + step / 1000.0) + 0.05 * noise;
    }

    @BeforeAll
    static void recordTenMillionEvents() {
        CardRecorder recorder = CardRecorder.builder().setModelName("m").build();
        store = new CurveStore(2048);
        for (long step = 1; step <= EVENTS; step++) {
            double v = step == SPIKE_STEP ? SPIKE : loss(step);
            double epoch = step / 1_000_000.0;
            recorder.log(step, epoch, Map.of("loss", v));
            store.add("loss", step, epoch, v);
            if (step == BEST_STEP) {
                recorder.checkpoint(step, true);
                store.checkpoint(step, true);
                bestValue = v;
            }
            finalValue = v;
        }
        log = recorder.toCard().training().log();
    }

    @Test
    void memoryStaysWithinTheSeriesCapacity() {
        Series loss = store.series().get("loss");
        assertThat(loss.count()).isEqualTo(EVENTS);
        assertThat(loss.points().length).isLessThanOrEqualTo(loss.capacity());
    }

    @Test
    void theCardCurveHasAtMostFiveHundredPoints() {
        assertThat(log).hasSizeLessThanOrEqualTo(500).hasSizeGreaterThan(400);
    }

    @Test
    void theFinalValueIsExact() {
        LogEntry last = log.get(log.size() - 1);
        assertThat(last.step()).isEqualTo(EVENTS);
        assertThat(last.metrics()).containsEntry("loss", finalValue);
    }

    @Test
    void theBestCheckpointRowIsExactAndFlagged() {
        assertThat(log).filteredOn(LogEntry::best).singleElement().satisfies(e -> {
            assertThat(e.step()).isEqualTo(BEST_STEP);
            assertThat(e.metrics()).containsEntry("loss", bestValue);
            assertThat(e.epoch()).isEqualTo(BEST_STEP / 1_000_000.0);
        });
    }

    @Test
    void aSpikeSurvives() {
        assertThat(log).anySatisfy(e -> {
            assertThat(e.step()).isEqualTo(SPIKE_STEP);
            assertThat(e.metrics()).containsEntry("loss", SPIKE);
        });
    }

    @Test
    void theFirstValueIsExact() {
        assertThat(log.get(0).step()).isEqualTo(1);
        assertThat(log.get(0).metrics()).containsEntry("loss", loss(1));
    }

    @Test
    void theShapeFollowsTheTrueCurve() {
        // Away from the spike, every kept point lies within the noise band of the true decay.
        for (LogEntry e : log) {
            if (e.step() != SPIKE_STEP) {
                double truth = 2.0 / Math.sqrt(1 + e.step() / 1000.0);
                assertThat(e.metrics().get("loss")).isCloseTo(truth, Offset.offset(0.026));
            }
        }
    }

    @Test
    void noLongStretchOfTheRunIsLeftOut() {
        // The decay is steep early, so LTTB puts more points there; still no tenth of the run may go empty.
        for (int tenth = 0; tenth < 10; tenth++) {
            long from = tenth * EVENTS / 10;
            long to = (tenth + 1) * EVENTS / 10;
            assertThat(log).anySatisfy(e -> assertThat(e.step()).isBetween(from + 1, to));
        }
    }

    @Test
    void stepsAreStrictlyIncreasing() {
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).step()).isGreaterThan(log.get(i - 1).step());
        }
    }

    @Test
    void rowsAreTheUnionOfEverySeriesSteps() {
        CurveStore two = new CurveStore(64);
        for (long step = 1; step <= 10; step++) {
            two.add(step, Double.NaN, Map.of("loss", 1.0 / step));
            if (step % 5 == 0) {
                two.add("val_acc", step, Double.NaN, step / 10.0);
            }
        }
        List<LogEntry> rows = CurveBuilder.log(two, 500);

        assertThat(rows).extracting(LogEntry::step).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rows.get(4).metrics()).containsOnlyKeys("loss", "val_acc");
        assertThat(rows.get(3).metrics()).containsOnlyKeys("loss");
        assertThat(rows.get(3).epoch()).isNull();
    }
}
