package io.modelcards.profile.internal.run;

import io.modelcards.profile.internal.column.ColumnAccumulator;
import io.modelcards.profile.internal.column.ColumnSettings;
import io.modelcards.profile.internal.csv.CsvParser;
import io.modelcards.profile.internal.jsonl.JsonLinesParser;
import io.modelcards.profile.internal.sample.Reservoir;
import io.modelcards.profile.internal.scan.RowProblems;
import io.modelcards.profile.internal.scan.RowTarget;
import io.modelcards.profile.internal.scan.ScanContext;
import io.modelcards.profile.internal.scan.ValueSink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One worker thread's share of a profile: its columns, sample, problems and row count, merged with the others' at
 * the end. Also remembers where each column was first seen, so the merged column order is the order of first
 * appearance in the dataset, whichever worker saw it.
 */
final class Worker implements RowTarget {
    final RowProblems problems = new RowProblems();
    final ScanContext ctx = new ScanContext(problems);
    final Map<String, ColumnAccumulator> columns = new LinkedHashMap<>();
    final Map<String, long[]> firstSeen = new LinkedHashMap<>();
    final Reservoir sample;
    final JsonLinesParser json;
    final CsvParser csv;
    private final ColumnSettings settings;
    long rows;

    Worker(ColumnSettings settings, int sampleSize, long seed, int maxLineBytes) {
        this.settings = settings;
        this.sample = new Reservoir(sampleSize, seed);
        this.json = new JsonLinesParser(this, maxLineBytes);
        this.csv = new CsvParser(this, maxLineBytes);
    }

    @Override
    public ScanContext context() {
        return ctx;
    }

    @Override
    public ValueSink column(String name) {
        ColumnAccumulator c = columns.get(name);
        if (c == null) {
            c = new ColumnAccumulator(name, settings, ctx);
            columns.put(name, c);
            firstSeen.put(name, new long[] {ctx.fileIndex(), ctx.rowOffset(), firstSeen.size()});
        }
        return c;
    }

    @Override
    public boolean sampleWanted() {
        return sample.wants(ctx.fileIndex(), ctx.rowOffset());
    }

    @Override
    public void endRow(byte[] raw, int off, int len) {
        rows++;
        if (raw != null) {
            sample.offer(ctx.fileIndex(), ctx.rowOffset(), ctx.line(), raw, off, len);
        }
    }
}
