package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetStatistics.TopValue;
import io.modelcards.card.LabelDistribution;
import org.junit.jupiter.api.Test;

class LabelTest {
    @Test
    void aLabelListsEveryClassMostFrequentFirstWhileExact() {
        Columns c = new Columns("label");
        int[] perClass = {2, 5, 1, 2};
        for (int k = 0; k < perClass.length; k++) {
            for (int i = 0; i < perClass[k]; i++) {
                c.integer(k);
            }
        }
        LabelDistribution label = c.column.toLabel(true);
        assertThat(label.column()).isEqualTo("label");
        assertThat(label.detected()).isTrue();
        assertThat(label.complete()).isTrue();
        assertThat(label.classes()).containsExactly(new TopValue("1", 5, 50.0), new TopValue("0", 2, 20.0),
                new TopValue("3", 2, 20.0), new TopValue("2", 1, 10.0));
    }

    @Test
    void aFloatColumnIsNoLabel() {
        Columns c = new Columns("score");
        c.real(0.5);
        assertThat(c.column.toLabel(false)).isNull();
    }

    @Test
    void aLabelWithMoreClassesThanTheBoundIsIncomplete() {
        Columns c = new Columns("label", Columns.small(1000, 50));
        for (int i = 0; i < 200; i++) {
            c.text("class-" + i);
        }
        LabelDistribution label = c.column.toLabel(false);
        assertThat(label.complete()).isFalse();
        assertThat(label.classes()).hasSize(ColumnSettings.defaults().topK());
    }
}
