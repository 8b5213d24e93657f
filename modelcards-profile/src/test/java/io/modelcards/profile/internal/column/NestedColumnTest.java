package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.profile.internal.scan.ValueSink;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedColumnTest {
    @Test
    void listLengthsAndElementsGoToTheNameBracketsChild() {
        Columns c = new Columns("tags");
        int[][] lists = {{1, 2, 3}, {}, {4}};
        for (int[] list : lists) {
            c.next();
            c.column.listValue(list.length);
            for (int v : list) {
                c.column.elements().intValue(v);
            }
        }
        c.nothing();
        List<DatasetStatistics.Column> cols = c.all(4);
        assertThat(cols).extracting(DatasetStatistics.Column::name).containsExactly("tags", "tags[]");
        assertThat(cols.get(0).type()).isEqualTo("list");
        assertThat(cols.get(0).nulls()).isEqualTo(1);
        assertThat(cols.get(0).listLength().total()).isEqualTo(4.0);
        assertThat(cols.get(0).listLength().max()).isEqualTo(3.0);
        assertThat(cols.get(0).top()).isEmpty();
        assertThat(cols.get(1).count()).isEqualTo(4);
        assertThat(cols.get(1).nulls()).isZero();
        assertThat(cols.get(1).mean()).isEqualTo(2.5);
    }

    @Test
    void structFieldsAreChildrenInFirstSeenOrderWithStructCountAsRows() {
        Columns c = new Columns("meta");
        c.next();
        c.column.structValue();
        c.column.field("b").intValue(1);
        c.column.field("a").textValue(new byte[] {'x'}, 0, 1);
        c.next();
        c.column.structValue();
        c.column.field("a").textValue(new byte[] {'y'}, 0, 1);
        c.next();
        c.column.nullValue();
        List<DatasetStatistics.Column> cols = c.all(3);
        assertThat(cols).extracting(DatasetStatistics.Column::name).containsExactly("meta", "meta.b", "meta.a");
        assertThat(cols.get(0).type()).isEqualTo("struct");
        assertThat(cols.get(0).count()).isEqualTo(2);
        assertThat(cols.get(1).nulls()).isEqualTo(1); // the second struct lacked b
        assertThat(cols.get(2).count()).isEqualTo(2);
    }

    @Test
    void fieldOrderDoesNotDependOnWhichWorkerSawAFieldFirst() {
        Columns a = new Columns("m");
        Columns b = new Columns("m");
        b.at(50);
        b.column.structValue();
        b.column.field("late").intValue(1);
        b.column.field("early").intValue(1);
        a.at(1);
        a.column.structValue();
        a.column.field("early").intValue(2);
        b.column.merge(a.column);
        assertThat(b.all(2)).extracting(DatasetStatistics.Column::name).containsExactly("m", "m.early", "m.late");
    }

    @Test
    void binaryValuesGiveSizesAndNoContent() {
        Columns c = new Columns("blob");
        for (long size : new long[] {10, 20, 3_000_000_000L}) {
            c.next();
            c.column.binaryValue(size);
        }
        DatasetStatistics.Column s = c.stats(3);
        assertThat(s.type()).isEqualTo("binary");
        assertThat(s.sizeBytes().total()).isEqualTo(3_000_000_030.0);
        assertThat(s.distinct()).isNull();
        assertThat(s.top()).isEmpty();
    }

    @Test
    void theSinkOfAListIsTheSameChildEveryTime() {
        Columns c = new Columns("l");
        ValueSink first = c.column.elements();
        assertThat(c.column.elements()).isSameAs(first);
    }
}
