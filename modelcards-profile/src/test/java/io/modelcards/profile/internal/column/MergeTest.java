package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.profile.internal.scan.RowProblems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MergeTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "délta", "日本", "😀", "x"};

    /** Feeds rows [from, to) of a seeded mixed dataset (ints, strings, nulls, lists of ints) to a worker. */
    private static void feed(Columns w, int from, int to) {
        for (int row = from; row < to; row++) {
            SplittableRandom r = new SplittableRandom(row);
            w.at(row + 1);
            ColumnAccumulator c = w.column;
            switch (r.nextInt(6)) {
                case 0 -> c.nullValue();
                case 1, 2 -> c.intValue(r.nextInt(50));
                case 3 -> {
                    c.listValue(2);
                    c.elements().intValue(r.nextInt(5));
                    c.elements().textValue(bytes("e"), 0, 1);
                }
                default -> {
                    byte[] b = bytes(WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]);
                    c.textValue(b, 0, b.length);
                }
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mergingTwoWorkersGivesTheSameColumnsAsOneWorkerOverAllRows() {
        Columns one = new Columns("mixed");
        feed(one, 0, 3000);
        Columns a = new Columns("mixed");
        Columns b = new Columns("mixed");
        feed(b, 1700, 3000); // the later chunk first, as a worker might
        feed(a, 0, 1700);
        a.column.merge(b.column);
        RowProblems p1 = new RowProblems();
        RowProblems p2 = new RowProblems();
        List<DatasetStatistics.Column> expected = one.column.toColumns(3000, p1);
        assertThat(a.column.toColumns(3000, p2)).isEqualTo(expected);
        assertThat(p2.toList()).isEqualTo(p1.toList());
        assertThat(expected).extracting(DatasetStatistics.Column::name).containsExactly("mixed", "mixed[]");
    }

    @Test
    void mergingKeepsTheTopValuesExactWhileTheUnionFitsTheBound() {
        ColumnSettings settings = Columns.small(100_000, 60);
        Columns a = new Columns("t", settings);
        Columns b = new Columns("t", settings);
        for (int i = 0; i < 50; i++) {
            a.integer(i);
            b.integer(i + 10); // 60 distinct together
        }
        a.column.merge(b.column);
        assertThat(a.column.toLabel(false).complete()).isTrue();
        assertThat(a.column.toLabel(false).classes()).hasSize(60);
        assertThat(a.stats(100).histogram().exact()).isTrue();
    }

    @Test
    void mergingBeyondTheBoundSwitchesToTheSketches() {
        ColumnSettings settings = Columns.small(40, 40);
        Columns a = new Columns("t", settings);
        Columns b = new Columns("t", settings);
        for (int i = 0; i < 30; i++) {
            a.integer(i);
            b.integer(i + 30);
        }
        a.column.merge(b.column);
        DatasetStatistics.Column s = a.stats(60);
        assertThat(s.distinctExact()).isFalse();
        assertThat(s.histogram().exact()).isFalse();
        assertThat(a.column.toLabel(false).complete()).isFalse();
        assertThat(s.mean()).isEqualTo(29.5); // moments stay exact
    }
}
