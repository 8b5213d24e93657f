package io.modelcards.profile.internal.column;

import io.modelcards.card.DatasetStatistics;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.ScanContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: an accumulator with its own context, fed row by row at known places. */
final class Columns {
    final ScanContext context = new ScanContext(new RowProblems());
    final ColumnAccumulator column;
    private long row;

    Columns(String name, ColumnSettings settings) {
        context.file(0, "data.jsonl");
        column = new ColumnAccumulator(name, settings, context);
    }

    Columns(String name) {
        this(name, ColumnSettings.defaults());
    }

    /** Moves to the next row (line = row number, offset = 100 × row). */
    Columns next() {
        row++;
        context.row(row, 100 * row);
        return this;
    }

    /** Moves to a given row, as another worker would. */
    Columns at(long line) {
        row = line;
        context.row(line, 100 * line);
        return this;
    }

    void text(String s) {
        next();
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
        column.textValue(b, 2, b.length - 4); // off and len must be honoured
    }

    void integer(long v) {
        next();
        column.intValue(v);
    }

    void real(double v) {
        next();
        column.floatValue(v);
    }

    void nothing() {
        next();
        column.nullValue();
    }

    DatasetStatistics.Column stats(long rows) {
        return column.toColumns(rows, new RowProblems()).get(0);
    }

    List<DatasetStatistics.Column> all(long rows) {
        return column.toColumns(rows, new RowProblems());
    }

    /** The q-quantile of sorted values by the documented definition: the smallest v with ⌈q·n⌉ values ≤ v. */
    static double quantile(double[] sorted, int percent) {
        long n = sorted.length;
        long rank = (percent * n + 99) / 100; // ceil(p·n/100)
        return sorted[(int) Math.max(0, rank - 1)];
    }

    static ColumnSettings small(int distinctExactUpTo, int topExactUpTo) {
        ColumnSettings d = ColumnSettings.defaults();
        return new ColumnSettings(distinctExactUpTo, d.hllLgK(), d.topK(), topExactUpTo, d.kllK(), d.histogramBins(),
                null, d.scanPrivacy());
    }
}
